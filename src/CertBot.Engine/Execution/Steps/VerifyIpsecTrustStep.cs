using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// P7 as a step of a run (after P4's DRF restarts): the Unified CM publisher's <c>ipsec.pem</c> serial is in
/// <c>ipsec-trust</c> on every other node of the cluster, read live. A node without it pauses the run, naming it.
/// </summary>
public sealed class VerifyIpsecTrustStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var publisher = context.Node;
        var own = await (await context.SessionAsync(cancellationToken)).ListCertificatesAsync(trust: false, cancellationToken);
        var certificate = own.FirstOrDefault(c => c.Unit == IpsecTrustInspection.Unit && c.File == "ipsec.pem")
            ?? throw new StepVerificationException(publisher.Name, $"{publisher} lists no ipsec/ipsec.pem");
        var lacking = new List<string>();
        foreach (var node in context.Cluster(publisher.Cluster).All.Where(n => n != publisher))
        {
            var trust = await (await context.SessionAsync(node, cancellationToken)).ListCertificatesAsync(trust: true, cancellationToken);
            if (!trust.Any(c => c.Store == IpsecTrustInspection.TrustStore && Serials.Same(c.Serial, certificate.Serial)))
            {
                lacking.Add(node.Name);
            }
        }

        if (lacking.Count > 0)
        {
            throw new StepVerificationException(publisher.Name,
                $"ipsec-trust on {string.Join(", ", lacking)} lacks {publisher.Name}'s ipsec.pem (serial {certificate.Serial}): DRF backups fail; run verify-ipsec and its remedy");
        }

        return new StepResult($"every node of {publisher.Cluster} trusts {publisher.Name}'s ipsec.pem (serial {certificate.Serial})");
    }
}
