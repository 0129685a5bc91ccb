using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// P9: <c>set cert import own &lt;unit&gt;</c> of the certificate the CA signed for <see cref="PlanStep.SourceNode"/>'s
/// CSR; the node port reads the identity back (same SHA-256). A retry that finds the certificate already
/// installed does not import it again.
/// </summary>
public sealed class ImportOwnStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var pem = SignedAnswer.PemFor(context);
        using var certificate = X509Certificate2.CreateFromPem(pem);
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var session = await context.SessionAsync(cancellationToken);
        if (context.Attempt > 1 && await VerifyIdentityStep.PresentedAsync(session, step.Unit!, cancellationToken) is { } current
            && current.Sha256Thumbprint.Equals(thumbprint, StringComparison.OrdinalIgnoreCase))
        {
            return new StepResult($"{step.Unit}.pem on {context.Node.Name} is already the signed certificate (serial {current.Serial}): not imported again")
            {
                Changes = [Renewed(context, current)],
            };
        }

        var installed = await session.ImportOwnAsync(step.Unit!, pem, cancellationToken);
        return new StepResult($"{step.Unit}.pem on {context.Node.Name}: new serial {installed.Serial} (was {step.PreviousSerial}), issued by {installed.Issuer}, expires {installed.NotAfter:yyyy-MM-dd}")
        {
            Changes = [Renewed(context, installed)],
        };
    }

    /// <summary>The record of the signed certificate against the one the plan (re-checked live before the first change) found.</summary>
    internal static Runs.NodeChange Renewed(StepContext context, Model.CertificateInfo now) =>
        new(Runs.ChangeKind.Renewed, context.Node.Name, context.Step.Unit!, context.Step.PreviousSerial, context.Step.PreviousNotAfter, now.Serial, now.NotAfter,
            $"issued by {now.Issuer}");
}
