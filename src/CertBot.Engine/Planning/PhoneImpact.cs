namespace CertBot.Engine.Planning;

/// <summary>
/// A restart of Cisco CallManager (after a <c>CallManager-trust</c> deletion) unregisters the phones of that
/// node: they fail over and re-register, and calls set up through it may drop. Unlike a Tomcat or XCP restart
/// users feel it at once, so the plan names it on a line of its own that every approval card shows.
/// </summary>
internal static class PhoneImpact
{
    public static void Warn(PlanBuilder plan)
    {
        var nodes = plan.Steps
            .Where(s => s.Kind == StepKind.ControlService && s.Service == Services.CallManager && s.Node is not null)
            .Select(s => s.Node!.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (nodes.Count > 0)
        {
            plan.Warn($"Phones: Cisco CallManager restarts on {string.Join(", ", nodes)}; the phones registered there re-register and calls through it may drop");
        }
    }
}
