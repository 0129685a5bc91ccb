using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// <c>set cert regen &lt;unit&gt;</c>, verified on the certificate the node port read back after the command
/// (read once, there): a new serial and a later expiry than the plan recorded.
/// </summary>
public sealed class RegenerateStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var unit = step.Unit!;
        var session = await context.SessionAsync(cancellationToken);
        var now = await session.RegenerateAsync(unit, cancellationToken);
        if (Serials.Same(now.Serial, step.PreviousSerial))
        {
            throw new StepVerificationException(context.Node.Name, $"{unit}.pem on {context.Node.Name} still has serial {now.Serial} after regeneration");
        }

        if (step.PreviousNotAfter is { } before && now.NotAfter <= before)
        {
            throw new StepVerificationException(context.Node.Name, $"{unit}.pem on {context.Node.Name} expires {now.NotAfter:yyyy-MM-dd}, not later than before ({before:yyyy-MM-dd})");
        }

        return new StepResult($"{unit}.pem on {context.Node.Name}: new serial {now.Serial} (was {step.PreviousSerial}), expires {now.NotAfter:yyyy-MM-dd}");
    }
}
