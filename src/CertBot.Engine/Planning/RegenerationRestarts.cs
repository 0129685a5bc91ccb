using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// The restarts that make a regenerated certificate active (procedures.md P1–P5, platform-cli.md §3.6),
/// one service at a time over the regenerated nodes, publisher first.
/// </summary>
internal static class RegenerationRestarts
{
    public static async Task PlanAsync(
        PlanningContext context, ClusterNodes cluster, string unit, IReadOnlyList<NodeRef> regenerated, CancellationToken cancellationToken)
    {
        switch (unit)
        {
            case "cup":
                await RestartAsync(context, regenerated, Services.SipProxy, cancellationToken);
                await RestartAsync(context, regenerated, Services.PresenceEngine, cancellationToken);
                // Only where SIP Federation is configured, which shows as the service being activated.
                await RestartAsync(context, regenerated, Services.SipFederation, cancellationToken);
                break;
            case "cup-xmpp":
                context.Plan.Decide("Cisco XCP Router", "restarted, never stopped: a stop leaves the other XCP services down");
                await RestartAsync(context, regenerated, Services.XcpRouter, cancellationToken);
                break;
            case "cup-xmpp-s2s":
                context.Plan.Decide("Cisco XCP Router", "restarted, never stopped: a stop leaves the other XCP services down");
                await RestartAsync(context, regenerated, Services.XcpRouter, cancellationToken);
                await RestartAsync(context, regenerated, Services.XmppFederation, cancellationToken);
                break;
            case "ipsec":
                // DRF Master runs on the CUCM publisher only (from 10.x); then DRF Local, publisher first.
                if (cluster.Publisher(Product.Cucm) is { } cucmPublisher)
                {
                    await context.RestartWhereRunningAsync(cucmPublisher, Services.DrfMaster, cancellationToken);
                }

                await RestartAsync(context, regenerated, Services.DrfLocal, cancellationToken);
                context.Plan.Decide("ipsec-trust", "deleting the IPSEC trust file from certificate management breaks DRS; if deleted by hand, the ipsec certificate must be uploaded again");
                break;
            case "tomcat":
                context.Plan.Decide("Cisco Tomcat", "restarted over the CLI: the web control center runs inside Tomcat");
                await RestartAsync(context, regenerated, Services.Tomcat, cancellationToken);
                await RestartSsoTomcatAsync(context, regenerated, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a regenerable unit");
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
