using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// P9: the CA chain of the validated answer into the unit's trust store, root first, each certificate only when
/// no entry of that store has its SHA-256 yet (the node port proves each import by finding it listed afterwards).
/// </summary>
public sealed class ImportChainStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var chain = context.Renewal.Chain;
        if (chain.Count == 0)
        {
            throw new StepVerificationException(context.Node.Name, "the run holds no validated CA chain: the signed certificate was not provided");
        }

        var session = await context.SessionAsync(cancellationToken);
        // Only the target store counts: the same CA in tomcat-trust does not make CallManager-trust trust it.
        var present = (await session.ListCertificatesAsync(trust: true, cancellationToken))
            .Where(c => string.Equals(c.Store, step.Store, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Sha256Thumbprint).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var imported = new List<string>();
        var changes = new List<Runs.NodeChange>();
        var skipped = new List<string>();
        foreach (var pem in chain.Reverse())
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            var name = certificate.GetNameInfo(X509NameType.SimpleName, false);
            if (present.Contains(certificate.GetCertHashString(HashAlgorithmName.SHA256)))
            {
                skipped.Add(name);
                continue;
            }

            var entry = await session.ImportTrustAsync(step.Unit!, pem, cancellationToken);
            imported.Add($"{name} as {entry.Store}/{entry.File}");
            changes.Add(new(Runs.ChangeKind.TrustImported, context.Node.Name, $"{entry.Store}/{entry.File}", NewSerial: entry.Serial, NewNotAfter: entry.NotAfter, Note: name));
        }

        return new StepResult($"{step.Store} on {context.Node.Name}: " +
            (imported.Count == 0 ? "" : "imported " + string.Join(", ", imported)) +
            (imported.Count > 0 && skipped.Count > 0 ? "; " : "") +
            (skipped.Count == 0 ? "" : "already there: " + string.Join(", ", skipped))) { Changes = changes };
    }
}
