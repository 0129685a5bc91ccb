using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// The restarts that make a regenerated certificate active (procedures.md P1–P5, platform-cli.md §3.6): the
/// unit's <see cref="CertificateUnit.RestartServices"/> one service at a time over the regenerated nodes,
/// publisher first, with what the services themselves ask for (DRF Master before DRF Local, the SSO Tomcat
/// beside Tomcat) and the notes the plan shows about them.
/// </summary>
internal static class RegenerationRestarts
{
    public static async Task PlanAsync(
        PlanningContext context, ClusterNodes cluster, CertificateUnit unit, IReadOnlyList<NodeRef> regenerated, CancellationToken cancellationToken)
    {
        var services = unit.RestartServices;
        if (services.Contains(Services.XcpRouter))
        {
            context.Plan.Decide("Cisco XCP Router", "restarted, never stopped: a stop leaves the other XCP services down");
        }

        if (services.Contains(Services.Tomcat))
        {
            context.Plan.Decide("Cisco Tomcat", "restarted over the CLI: the web control center runs inside Tomcat");
        }

        // DRF Master runs on the CUCM publisher only (from 10.x); then DRF Local, publisher first.
        if (services.Contains(Services.DrfLocal) && cluster.Publisher(Product.Cucm) is { } cucmPublisher)
        {
            await context.RestartWhereRunningAsync(cucmPublisher, Services.DrfMaster, cancellationToken);
        }

        // cup's SIP Federation only where it is configured, which shows as the service being activated:
        // every restart is planned only where the service runs.
        foreach (var service in services)
        {
            // Every node's DRF Local agent talks to DRF Master over the IPsec trust, so all of them restart
            // (CUCM publisher, then every CUCM and IM/P subscriber), not only the regenerated ones.
            await RestartAsync(context, service == Services.DrfLocal ? cluster.All : regenerated, service, cancellationToken);
        }

        if (services.Contains(Services.Tomcat))
        {
            await RestartSsoTomcatAsync(context, regenerated, cancellationToken);
        }

        if (services.Contains(Services.DrfLocal))
        {
            context.Plan.Decide("ipsec-trust", "deleting the IPSEC trust file from certificate management breaks DRS; if deleted by hand, the ipsec certificate must be uploaded again");
            IpsecTrustInspection.VerifyAfterRestarts(context, cluster);
        }
    }

    private static async Task RestartAsync(PlanningContext context, IReadOnlyList<NodeRef> nodes, string service, CancellationToken cancellationToken)
    {
        foreach (var node in nodes)
        {
            await context.RestartWhereRunningAsync(node, service, cancellationToken);
        }
    }

    /// <summary>With SSO/OAuth the SSOSP Tomcat serves the same certificate; without it the service is absent and nothing is said.</summary>
    private static async Task RestartSsoTomcatAsync(PlanningContext context, IReadOnlyList<NodeRef> nodes, CancellationToken cancellationToken)
    {
        foreach (var node in nodes)
        {
            var status = await (await context.Facts.ForAsync(node, cancellationToken)).ServiceAsync(Services.SsospTomcat, cancellationToken);
            if (status is { Activated: true, State: ServiceState.Started })
            {
                context.Plan.Service(node, Services.SsospTomcat, Nodes.ServiceAction.Restart);
            }
        }
    }
}
