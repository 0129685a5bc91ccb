using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// P6: delete expired (or named) trust certificates. The gate card lists exactly which file goes on which
/// node; the services that would re-populate or watch the stores are stopped first and started again
/// after; the services reading a store that lost a certificate are restarted, publisher first each time.
/// Follows the seed on every release unless the cluster is configured to leave out what its release makes
/// unnecessary (<see cref="PurgeRelease"/>); the plan says which.
/// </summary>
public sealed class PurgeTrustPlanner : IProcedurePlanner
{
    public async Task PlanAsync(PlanningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cluster = context.Cluster(context.Request.Cluster);
        if (cluster is null)
        {
            return;
        }

        await MembershipCheck.CheckAsync(context, cluster, cancellationToken);
        var doomed = await TrustCandidates.SelectAsync(context, cluster, cancellationToken);
        if (doomed.Count == 0 || context.Plan.IsBlocked)
        {
            return;
        }

        var release = await PurgeRelease.ReadAsync(context, cluster, cancellationToken);
        var presence = cluster.Of(Product.Imp).Count > 0;
        context.Plan.Gate($"Approve: delete {doomed.Count} trust certificate(s) on {cluster.Name}");
        if (presence)
        {
            PresenceRedundancy.SwitchOff(context.Plan);
        }

        var stopped = new List<(NodeRef Node, string Service)>();
        foreach (var node in release.ImpStopsNeeded ? cluster.Of(Product.Imp) : [])
        {
            await StopIfRunningAsync(context, node, Services.CertificateExpiryMonitor, stopped, cancellationToken);
            await StopIfRunningAsync(context, node, Services.InterclusterSyncAgent, stopped, cancellationToken);
        }

        var tomcatTrust = doomed.Any(d => d.Certificate.Store == "tomcat-trust");
        if (tomcatTrust && release.CucmStopsNeeded)
        {
            context.Plan.Decide("tomcat-trust", "tomcat-trust deletion: Cisco Certificate Expiry Monitor and Certificate Change Notification stopped first on every Unified CM node");
            foreach (var node in cluster.Of(Product.Cucm))
            {
                await StopIfRunningAsync(context, node, Services.CertificateExpiryMonitor, stopped, cancellationToken);
                await StopIfRunningAsync(context, node, Services.CertificateChangeNotification, stopped, cancellationToken);
            }
        }

        var deletions = Deletions(doomed, release);
        release.Explain(context.Plan, tomcatTrust, deletions.Any(d => d.PropagatesTo.Count > 0));
        context.Plan.Gate("Approve the deletions: " + string.Join("; ", doomed.Select(d => $"{d.Certificate.Store}/{d.Certificate.File} on {d.Node.Name}")));
        foreach (var (node, certificate, propagatesTo) in deletions)
        {
            context.Plan.DeleteTrust(node, certificate, propagatesTo);
        }

        await RestartReadersAsync(context, cluster, doomed, cancellationToken);
        foreach (var (node, service) in stopped)
        {
            context.Plan.Service(node, service, ServiceAction.Start);
        }

        if (presence)
        {
            PresenceRedundancy.SwitchOn(context.Plan);
        }
    }

    /// <summary>
    /// One deletion per node and entry (the seed), or, where the release propagates deletions, one per entry on
    /// the first node that holds it (publisher first), verified gone on the product's other nodes that held it.
    /// </summary>
    private static List<(NodeRef Node, CertificateInfo Certificate, IReadOnlyList<NodeRef> PropagatesTo)> Deletions(
        IReadOnlyList<(NodeRef Node, CertificateInfo Certificate)> doomed, PurgeRelease release)
    {
        var deletions = new List<(NodeRef, CertificateInfo, IReadOnlyList<NodeRef>)>();
        var covered = new HashSet<(NodeRef, string, string)>();
        foreach (var (node, certificate) in doomed)
        {
            if (covered.Contains((node, certificate.Store, certificate.File)))
            {
                continue;
            }

            var copies = release.Propagates(node.Product)
                ? doomed.Where(d => d.Node != node && d.Node.Product == node.Product && d.Certificate.Store == certificate.Store
                        && d.Certificate.File == certificate.File && d.Certificate.Serial == certificate.Serial)
                    .Select(d => d.Node).ToList()
                : [];
            copies.ForEach(c => covered.Add((c, certificate.Store, certificate.File)));
            deletions.Add((node, certificate, copies));
        }

        return deletions;
    }

    private static async Task StopIfRunningAsync(
        PlanningContext context, NodeRef node, string service, List<(NodeRef, string)> stopped, CancellationToken cancellationToken)
    {
        var status = await (await context.Facts.ForAsync(node, cancellationToken)).ServiceAsync(service, cancellationToken);
        if (status is { Activated: true, State: ServiceState.Started })
        {
            context.Plan.Service(node, service, ServiceAction.Stop);
            stopped.Add((node, service));
        }
        else
        {
            context.Plan.Decide(node.Name, $"{service} is not running on {node.Name}: not stopped, not started again");
        }
    }

    /// <summary>Service by service (in the order the store table gives), publisher first, each node at most once per service.</summary>
    private static async Task RestartReadersAsync(
        PlanningContext context, ClusterNodes cluster, IReadOnlyList<(NodeRef Node, CertificateInfo Certificate)> doomed, CancellationToken cancellationToken)
    {
        var stores = doomed.Select(d => d.Certificate.Store).Distinct(StringComparer.Ordinal).ToList();
        foreach (var store in stores.Where(s => TrustServices.For(s).Count == 0))
        {
            context.Plan.Decide(store, $"no service is known to read {store}: nothing restarted for it");
        }

        var services = stores.SelectMany(TrustServices.For).Distinct(StringComparer.Ordinal).ToList();
        foreach (var service in services)
        {
            var storesOfService = stores.Where(s => TrustServices.For(s).Contains(service)).ToHashSet(StringComparer.Ordinal);
            var nodes = cluster.All.Where(n => doomed.Any(d => d.Node == n && storesOfService.Contains(d.Certificate.Store)));
            if (service == Services.DrfMaster)
            {
                // DRF Master runs on the Unified CM publisher only.
                nodes = cluster.Publisher(Product.Cucm) is { } publisher ? [publisher] : [];
            }

            foreach (var node in nodes)
            {
                await context.RestartWhereRunningAsync(node, service, cancellationToken);
            }
        }
    }
}
