using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// P6: delete expired (or named) trust certificates. The gate card lists exactly which file goes on which
/// node; the services that would re-populate or watch the stores are stopped first and started again
/// after; the services reading a store that lost a certificate are restarted, publisher first each time.
/// Follows the seed on every release (the stops are only needed on older ones; the plan says so).
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

        var presence = cluster.Of(Product.Imp).Count > 0;
        context.Plan.Gate($"Approve: delete {doomed.Count} trust certificate(s) on {cluster.Name}");
        if (presence)
        {
            PresenceRedundancy.SwitchOff(context.Plan);
        }

        var stopped = new List<(NodeRef Node, string Service)>();
        foreach (var node in cluster.Of(Product.Imp))
        {
            await StopIfRunningAsync(context, node, Services.CertificateExpiryMonitor, stopped, cancellationToken);
            await StopIfRunningAsync(context, node, Services.InterclusterSyncAgent, stopped, cancellationToken);
        }

        if (doomed.Any(d => d.Certificate.Store == "tomcat-trust"))
        {
            context.Plan.Decide("tomcat-trust", "tomcat-trust deletion: Cisco Certificate Expiry Monitor and Certificate Change Notification stopped first on every Unified CM node");
            foreach (var node in cluster.Of(Product.Cucm))
            {
                await StopIfRunningAsync(context, node, Services.CertificateExpiryMonitor, stopped, cancellationToken);
                await StopIfRunningAsync(context, node, Services.CertificateChangeNotification, stopped, cancellationToken);
            }
        }

        context.Plan.Decide(cluster.Name, "the stops are only needed on Unified CM 11.5 and older / IM and Presence before 12.0; CertBot follows the seed on every release");
        context.Plan.Gate("Approve the deletions: " + string.Join("; ", doomed.Select(d => $"{d.Certificate.Store}/{d.Certificate.File} on {d.Node.Name}")));
        foreach (var (node, certificate) in doomed)
        {
            context.Plan.DeleteTrust(node, certificate);
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
