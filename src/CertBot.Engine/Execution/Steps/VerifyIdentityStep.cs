using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// P9, read-only: the node presents the certificate the CA signed (same SHA-256), as after a multi-server import
/// on the publisher the platform distributes it to every covered node.
/// </summary>
public sealed class VerifyIdentityStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var pem = SignedAnswer.PemFor(context);
        using var expected = X509Certificate2.CreateFromPem(pem);
        var session = await context.SessionAsync(cancellationToken);
        var current = await PresentedAsync(session, step.Unit!, cancellationToken)
            ?? throw new StepVerificationException(context.Node.Name, $"{context.Node.Name} has no {step.Unit}/{step.Unit}.pem");
        if (!current.Sha256Thumbprint.Equals(expected.GetCertHashString(HashAlgorithmName.SHA256), StringComparison.OrdinalIgnoreCase))
        {
            throw new StepVerificationException(context.Node.Name,
                $"{step.Unit}.pem on {context.Node.Name} is serial {current.Serial} issued by {current.Issuer}, not the signed certificate (serial {expected.SerialNumber})");
        }

        // Read-only here, but the node's identity did change (the platform distributed the multi-server certificate):
        // the record names it on this node too.
        return new StepResult($"{step.Unit}.pem on {context.Node.Name} is the signed certificate: serial {current.Serial}, issued by {current.Issuer}, expires {current.NotAfter:yyyy-MM-dd}")
        {
            Changes = [ImportOwnStep.Renewed(context, current)],
        };
    }

    /// <summary>The node's identity certificate of the unit, or null.</summary>
    internal static async Task<CertificateInfo?> PresentedAsync(INodeSession session, string unit, CancellationToken cancellationToken) =>
        (await session.ListCertificatesAsync(trust: false, cancellationToken)).FirstOrDefault(c => c.Unit == unit && c.File == unit + ".pem");
}
