using CertBot.Engine.Model;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary><c>set cert regen &lt;unit&gt;</c>, verified by reading the certificate back: a new serial and a later expiry.</summary>
public sealed class RegenerateStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var unit = step.Unit!;
        var session = await context.SessionAsync(cancellationToken);
        await session.RegenerateAsync(unit, cancellationToken);
        var now = await session.GetCertificateAsync(CertificateInfo.OwnStore, unit, unit + ".pem", cancellationToken);
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
