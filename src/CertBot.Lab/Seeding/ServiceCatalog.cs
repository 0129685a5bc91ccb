using CertBot.Lab.Definition;
using CertBot.Lab.State;

namespace CertBot.Lab.Seeding;

/// <summary>The services of a node, in <c>utils service list</c> order, with activation per product and role.</summary>
public static class ServiceCatalog
{
    private static readonly string[] PlatformServices =
        ["A Cisco DB", "A Cisco DB Replicator", "Cisco SCSI Watchdog", "Cluster Manager", "Entropy Monitoring Daemon",
         "Name Service Cache", "Service Manager", "System NTP", "System SSH"];

    /// <summary>The services of one node.</summary>
    public static List<ServiceRecord> For(ClusterDefinition cluster, NodeDefinition node)
    {
        var services = PlatformServices.Select(name => new ServiceRecord { Name = name, Platform = true }).ToList();
        services.AddRange(node.Product == "imp" ? ImpServices(cluster, node) : CucmServices(node));
        return services;
    }

    private static IEnumerable<ServiceRecord> CucmServices(NodeDefinition node)
    {
        var publisher = node.IsPublisher;
        yield return Active("Cisco AMC Service");
        yield return Active("Cisco AXL Web Service");
        yield return Active("Cisco Audit Event Service");
        yield return publisher ? Active("Cisco Bulk Provisioning Service") : NotActivated("Cisco Bulk Provisioning Service");
        yield return Active("Cisco CTIManager");
        yield return Active("Cisco CallManager");
        yield return publisher ? Active("Cisco Certificate Authority Proxy Function") : NotActivated("Cisco Certificate Authority Proxy Function");
        yield return Active("Cisco Certificate Change Notification");
        yield return Active("Cisco Certificate Expiry Monitor");
        yield return NotActivated("Cisco DirSync");
        yield return Active("Cisco DRF Local");
        yield return publisher
            ? Active("Cisco DRF Master")
            : new ServiceRecord { Name = "Cisco DRF Master", State = ServiceStates.Stopped, Reason = "Commanded Out of Service" };
        yield return NotActivated("Cisco Dialed Number Analyzer");
        yield return NotActivated("Cisco Extension Mobility");
        yield return Active("Cisco HAProxy");
        yield return Active("Cisco RIS Data Collector");
        yield return Active("Cisco Tftp");
        yield return new ServiceRecord { Name = "Cisco Tomcat", Slow = true };
        yield return Active("Cisco Trust Verification Service");
        yield return Active("Platform Administrative Web Service");
    }

    private static IEnumerable<ServiceRecord> ImpServices(ClusterDefinition cluster, NodeDefinition node)
    {
        yield return Active("Cisco AXL Web Service");
        yield return Active("Cisco Certificate Expiry Monitor");
        yield return Active("Cisco Client Profile Agent");
        yield return Active("Cisco Config Agent");
        yield return Active("Cisco DRF Local");
        yield return Active("Cisco Intercluster Sync Agent");
        yield return Active("Cisco Login Datastore");
        yield return Active("Cisco Presence Datastore");
        yield return Active("Cisco Presence Engine");
        yield return Active("Cisco Route Datastore");
        yield return Active("Cisco SIP Proxy");
        yield return Active("Cisco SIP Registration Datastore");
        yield return Active("Cisco Server Recovery Manager");
        yield return new ServiceRecord { Name = "Cisco Tomcat", Slow = true };
        yield return Active("Cisco XCP Authentication Service");
        yield return Active("Cisco XCP Connection Manager");
        yield return Active("Cisco XCP Directory Service");
        yield return NotActivated("Cisco XCP File Transfer Manager");
        yield return NotActivated("Cisco XCP Message Archiver");
        yield return Active("Cisco XCP Router");
        yield return cluster.SipFederation ? Active("Cisco XCP SIP Federation Connection Manager") : NotActivated("Cisco XCP SIP Federation Connection Manager");
        yield return Active("Cisco XCP Text Conference Manager");
        yield return Active("Cisco XCP Web Connection Manager");
        yield return cluster.XmppFederation ? Active("Cisco XCP XMPP Federation Connection Manager") : NotActivated("Cisco XCP XMPP Federation Connection Manager");
        yield return Active("Platform Administrative Web Service");
    }

    private static ServiceRecord Active(string name) => new() { Name = name };

    private static ServiceRecord NotActivated(string name) =>
        new() { Name = name, Activated = false, State = ServiceStates.Stopped, Reason = "Service Not Activated" };
}
