using CertBot.Lab.Definition;
using CertBot.Lab.State;

namespace CertBot.Lab.Seeding;

/// <summary>Builds the <c>node.json</c> of a freshly seeded node.</summary>
internal static class NodeStateFactory
{
    public static NodeState Create(
        ClusterDefinition cluster, NodeDefinition node, LabAddressPlan addresses, LabProfile profile, string runtimeDir, DateTimeOffset now)
    {
        return new NodeState
        {
            Identity = new NodeIdentity
            {
                Cluster = cluster.Name,
                Name = node.Name,
                Fqdn = cluster.FqdnOf(node),
                Domain = cluster.Domain,
                Product = node.Product,
                Role = node.Role,
                DbRole = node.IsPublisher ? "DBPub" : "DBSub",
                Ip = addresses.AddressOf(node),
            },
            Version = cluster.Version,
            Peers = cluster.Nodes.Select(peer => new PeerNode
            {
                Ip = addresses.AddressOf(peer),
                Fqdn = cluster.FqdnOf(peer),
                Name = peer.Name,
                Role = peer.Product == "cucm" && peer.IsPublisher ? "Publisher" : "Subscriber",
                Type = peer.Product == "imp" ? "cups" : "callmanager",
                DbRole = peer.IsPublisher ? "DBPub" : "DBSub",
                StateDir = LabSeeder.StateDirOf(runtimeDir, cluster, peer),
            }).ToList(),
            Services = ServiceCatalog.For(cluster, node),
            EnterpriseParameters = new Dictionary<string, string>
            {
                ["RollBackToPreGrayback"] = "F",
                ["ClusterSecurityMode"] = "0",
            },
            SftpKnownHostsFile = Path.Combine(runtimeDir, "sftp", "known_hosts"),
            Timing = new NodeTiming
            {
                BannerMilliseconds = profile.BannerMilliseconds,
                CommandMilliseconds = profile.CommandMilliseconds,
                RegenerationMilliseconds = profile.RegenerationMilliseconds,
                ServiceTransitionMilliseconds = profile.ServiceTransitionMilliseconds,
                SlowServiceTransitionMilliseconds = profile.SlowServiceTransitionMilliseconds,
                ServiceProgressMilliseconds = profile.ServiceProgressMilliseconds,
                BulkMilliseconds = profile.BulkMilliseconds,
            },
            PrgHighAvailability = node.Product == "imp" && cluster.PrgHighAvailability,
            ClusterSince = now.AddDays(-3).AddMinutes(-node.Octet),
        };
    }
}
