using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// Copies an identity certificate of one node into a trust store of another (P7 remedy: the CUCM publisher's
/// ipsec.pem as ipsec-trust), verified by finding its serial in the trust store.
/// </summary>
public sealed class ImportTrustStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var source = step.SourceNode ?? throw new InvalidOperationException($"step {step.Index + 1} has no source node");
        var sourceSession = await context.SessionAsync(source, cancellationToken);
        var pem = await sourceSession.GetCertificatePemAsync(step.Store!, step.File![..^4], step.File, cancellationToken);
        var session = await context.SessionAsync(cancellationToken);
        await session.ImportTrustAsync(step.Unit!, pem, cancellationToken);
        var trust = await TrustReader.ReadAsync(session, step.Unit!, cancellationToken);
        if (!trust.Any(c => Serials.Same(c.Serial, step.ExpectedSerial)))
        {
            throw new StepVerificationException(context.Node.Name, $"{step.Unit} on {context.Node.Name} does not list serial {step.ExpectedSerial} after the upload");
        }

        return new StepResult($"{step.Unit} on {context.Node.Name} holds {source.Name}'s {step.File} (serial {step.ExpectedSerial})");
    }
}
