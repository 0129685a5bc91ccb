using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// Copies an identity certificate of one node into a trust store of another (P7 remedy: the CUCM publisher's
/// ipsec.pem as ipsec-trust), verified by finding its serial in the trust store. The step names the unit
/// (<c>ipsec</c>), as <c>set cert import trust</c> takes it on real nodes; the store read back is the unit's <c>-trust</c> store.
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
        // Plans made before steps named the unit carry the store name; both lead to the same store.
        var store = step.Unit!.EndsWith("-trust", StringComparison.Ordinal) ? step.Unit : step.Unit + "-trust";
        var trust = await TrustReader.ReadAsync(session, store, cancellationToken);
        if (!trust.Any(c => Serials.Same(c.Serial, step.ExpectedSerial)))
        {
            throw new StepVerificationException(context.Node.Name, $"{store} on {context.Node.Name} does not list serial {step.ExpectedSerial} after the upload");
        }

        return new StepResult($"{store} on {context.Node.Name} holds {source.Name}'s {step.File} (serial {step.ExpectedSerial})");
    }
}
