using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// Copies an identity certificate of one node into a trust store of another (P7 remedy: the CUCM publisher's
/// ipsec.pem as ipsec-trust). The step names the unit (<c>ipsec</c>), as <c>set cert import trust</c> takes it on
/// real nodes. The node port verifies the certificate is listed afterwards and returns its entry; this step
/// checks it carries the serial the plan expected (the source may have changed since).
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
        var imported = await session.ImportTrustAsync(step.Unit!, pem, cancellationToken);
        if (!Serials.Same(imported.Serial, step.ExpectedSerial))
        {
            throw new StepVerificationException(context.Node.Name,
                $"{imported.Store} on {context.Node.Name} lists {imported.File} with serial {imported.Serial} after the upload, not {step.ExpectedSerial}");
        }

        return new StepResult($"{imported.Store} on {context.Node.Name} holds {source.Name}'s {step.File} (serial {step.ExpectedSerial})")
        {
            Changes = [new(Runs.ChangeKind.TrustImported, context.Node.Name, $"{imported.Store}/{imported.File}", NewSerial: imported.Serial, NewNotAfter: imported.NotAfter,
                Note: $"{source.Name}'s {step.File}")],
        };
    }
}
