using System.Globalization;
using CertBot.Engine.Planning;

namespace CertBot.Cli.Runs;

/// <summary>
/// The plan as <c>certbot plan</c> prints it: every step in order with its node, whether users notice it,
/// where the gates stand and its estimate; then the decisions, the blockers and the hash an approval binds to.
/// </summary>
public static class PlanText
{
    public static void Write(TextWriter output, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(plan);
        var impacting = plan.Steps.Count(s => s.ServiceImpacting);
        output.WriteLine($"Plan: {plan.Request}");
        output.WriteLine($"  {plan.Steps.Count} steps, {impacting} service-impacting, {plan.Steps.Count(s => s.Kind == StepKind.ApprovalGate)} approval gates; estimated {Duration(plan.EstimatedDuration)}");
        foreach (var warning in plan.Warnings)
        {
            output.WriteLine($"  ATTENTION: {warning}");
        }

        output.WriteLine();
        foreach (var step in plan.Steps)
        {
            output.WriteLine(Line(step));
        }

        output.WriteLine();
        output.WriteLine("Decisions:");
        foreach (var decision in plan.Decisions)
        {
            output.WriteLine($"  - {decision}");
        }

        if (plan.IsBlocked)
        {
            output.WriteLine();
            output.WriteLine("BLOCKED (this plan cannot be requested):");
            foreach (var blocker in plan.Blockers)
            {
                output.WriteLine($"  - {blocker}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Plan hash: {plan.Hash}");
    }

    /// <summary>One step: number, node, kind marker, title, estimate.</summary>
    public static string Line(PlanStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var marker = step.Kind switch
        {
            StepKind.ApprovalGate => "GATE  ",
            StepKind.Manual => "MANUAL",
            _ when step.ServiceImpacting => "IMPACT",
            _ => "      ",
        };
        var node = step.Node is null ? "-" : $"{step.Node.Cluster}/{step.Node.Name}";
        var estimate = step.EstimatedDuration > TimeSpan.Zero ? $"  ~{Duration(step.EstimatedDuration)}" : "";
        var intent = step.Kind is StepKind.ApprovalGate ? "" : $"  [{step.Intent}]";
        return string.Create(CultureInfo.InvariantCulture, $"  {step.Index + 1,3}. {marker} {node,-20} {step.Title}{intent}{estimate}");
    }

    public static string Duration(TimeSpan duration) =>
        duration.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours} h {duration.Minutes} min")
            : duration.TotalMinutes >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} min {duration.Seconds} s")
                : string.Create(CultureInfo.InvariantCulture, $"{duration.Seconds} s");
}
