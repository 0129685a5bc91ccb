using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// Which trust certificates P6 deletes, node by node: expired ones (at least <c>--older-than</c> days ago),
/// or the named ones. The same certificate on several nodes is deleted on each. Identity certificates are
/// never candidates, and neither is trust that still matters (<see cref="ProtectedTrust"/>): a named one blocks
/// the plan with the reason, an expired one is kept and the plan says why.
/// </summary>
internal static class TrustCandidates
{
    public static async Task<IReadOnlyList<(NodeRef Node, CertificateInfo Certificate)>> SelectAsync(
        PlanningContext context, ClusterNodes cluster, CancellationToken cancellationToken)
    {
        var named = context.Request.TrustFiles ?? [];
        foreach (var name in named.Where(n => !IsTrustPath(n)))
        {
            context.Plan.Block($"{name} is not a trust certificate (store/file in a *-trust store): identity certificates are never deleted");
        }

        var days = Math.Max(0, context.Request.OlderThanDays ?? 0);
        var cutoff = context.Now.AddDays(-days);
        var protect = await ProtectedTrust.ReadAsync(context, cluster, cancellationToken);
        var selected = new List<(NodeRef, CertificateInfo)>();
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in cluster.All)
        {
            foreach (var cert in await (await context.Facts.ForAsync(node, cancellationToken)).TrustAsync(cancellationToken))
            {
                if (cert.IsIdentity || !cert.Store.EndsWith("-trust", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = $"{cert.Store}/{cert.File}";
                if (named.Count > 0 ? named.Contains(path, StringComparer.OrdinalIgnoreCase) : cert.NotAfter <= cutoff)
                {
                    found.Add(path);
                    if (protect.Reason(cert) is { } reason)
                    {
                        if (named.Count > 0)
                        {
                            context.Plan.Block($"{path} on {node.Name} is not deleted: {reason}");
                        }
                        else
                        {
                            context.Plan.Decide(node.Name, $"{path} on {node.Name} expired on {cert.NotAfter:yyyy-MM-dd} but is kept: {reason}");
                        }

                        continue;
                    }

                    selected.Add((node, cert));
                    context.Plan.Decide(node.Name, named.Count > 0
                        ? $"{path} on {node.Name} (expires {cert.NotAfter:yyyy-MM-dd}): named, deleted"
                        : $"{path} on {node.Name} expired on {cert.NotAfter:yyyy-MM-dd}: deleted");
                }
            }
        }

        foreach (var missing in named.Where(n => IsTrustPath(n) && !found.Contains(n)))
        {
            context.Plan.Block($"{missing} is on no node of {cluster.Name}");
        }

        if (selected.Count == 0 && named.Count == 0)
        {
            context.Plan.Decide(cluster.Name, days > 0
                ? $"no trust certificate expired {days} or more days ago: nothing to delete"
                : "no expired trust certificate: nothing to delete");
        }

        return selected;
    }

    private static bool IsTrustPath(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && path[..slash].EndsWith("-trust", StringComparison.Ordinal) && slash < path.Length - 1;
    }
}
