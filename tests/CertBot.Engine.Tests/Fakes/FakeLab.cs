using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Model;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Tests.Fakes;

/// <summary>
/// Two clusters as the seeds describe them: lab-east (cucm-pub, cucm-sub1, imp-pub, imp-sub1, imp-sub2) and
/// lab-west (west-pub, west-sub1). Everything self-signed and started; SIP Federation only on imp-pub.
/// </summary>
public sealed class FakeLab
{
    public FakeLab()
    {
        East = new ClusterOptions("lab-east",
            [
                // Configured out of order on purpose: the engine orders publisher first.
                new NodeOptions("imp-sub1", Product.Imp, NodeRole.Subscriber),
                new NodeOptions("cucm-sub1", Product.Cucm, NodeRole.Subscriber),
                new NodeOptions("imp-pub", Product.Imp, NodeRole.Publisher),
                new NodeOptions("imp-sub2", Product.Imp, NodeRole.Subscriber),
                new NodeOptions("cucm-pub", Product.Cucm, NodeRole.Publisher),
            ],
            ["cli:bob", "aad:0000-manager", "slack:U123"],
            []);
        West = new ClusterOptions("lab-west",
            [new NodeOptions("west-pub", Product.Cucm, NodeRole.Publisher), new NodeOptions("west-sub1", Product.Cucm, NodeRole.Subscriber)],
            ["cli:bob", "cli:carol"],
            []);
        foreach (var cluster in new[] { East, West })
        {
            var domain = cluster.Name.Replace("lab-", "", StringComparison.Ordinal) + ".lab";
            var members = cluster.Nodes.Select(n => new ClusterMember("10.0.0.1", $"{n.Name}.{domain}", n.Name, n.Product, n.Role, true, false)).ToList();
            foreach (var options in cluster.Nodes)
            {
                var node = Port.Add(new FakeNode(new NodeRef(cluster.Name, options.Name, options.Product, options.Role)));
                node.Members.AddRange(members);
                Populate(node);
            }
        }

        var eastIpsec = Port.Nodes["cucm-pub"].Own.Single(c => c.Unit == "ipsec");
        foreach (var node in Port.Nodes.Values.Where(n => n.Ref.Cluster == "lab-east" && n.Ref.Name != "cucm-pub"))
        {
            node.Trust.Add(Certs.Trust("ipsec-trust", "cucm-pub.pem", eastIpsec.Subject, eastIpsec.Serial, eastIpsec.NotAfter));
        }
    }

    public FakePort Port { get; } = new();

    public ClusterOptions East { get; set; }

    public ClusterOptions West { get; set; }

    public bool AllowCliApprovals { get; set; } = true;

    /// <summary><c>CertBot:People</c>: none unless a test configures who is who across namespaces.</summary>
    public IReadOnlyList<PersonOptions> People { get; set; } = [];

    public EngineOptions Options => new()
    {
        Clusters = [East, West],
        AllowCliApprovals = AllowCliApprovals,
        People = People,
        Sftp = new SftpOptions { Host = "sftp.lab", Port = 22, Username = "certbot", Directory = "/bulk", PasswordEnvironmentVariable = "BULK_SFTP_PASSWORD" },
    };

    public FakeNode this[string name] => Port.Nodes[name];

    public FakeSecrets Secrets { get; } = new();

    public Planner Planner(TimeProvider time) => new(Options, Port, time, new BulkSftpAccess(Options, Secrets, new FakeBulkDirectory(Port)));

    private static void Populate(FakeNode node)
    {
        var name = node.Ref.Name;
        var publisher = node.Ref.Role == NodeRole.Publisher;
        node.Own.Add(Certs.Identity("tomcat", name, "10" + name.Length + name[0]));
        node.Own.Add(Certs.Identity("ipsec", name, "20" + name.Length + name[^1]));
        node.WithService(Services.Tomcat).WithService(Services.DrfLocal).WithService(Services.CertificateExpiryMonitor);
        if (node.Ref.Product == Product.Cucm)
        {
            node.Own.Add(Certs.Identity("CallManager", name, "30" + name.Length + name[^1]));
            node.Own.Add(Certs.Identity("TVS", name, "40" + name.Length + name[^1]));
            if (publisher)
            {
                node.Own.Add(Certs.Identity("CAPF", name, "50" + name.Length));
                node.Own.Add(Certs.Identity("ITLRecovery", name, "60" + name.Length));
                node.WithService(Services.DrfMaster);
            }
            else
            {
                node.WithoutService(Services.DrfMaster);
            }

            node.WithService(Services.CertificateChangeNotification).WithService(Services.CallManager).WithService("Cisco Tftp");
            node.Trust.Add(Certs.Trust("tomcat-trust", "Old_Root_CA_01.pem", "CN=Old Root CA", "0BAD01", Certs.Now.AddDays(-100)));
        }
        else
        {
            foreach (var unit in new[] { "cup", "cup-xmpp", "cup-xmpp-s2s" })
            {
                node.Own.Add(Certs.Identity(unit, name, "70" + unit.Length + name[^1]));
            }

            node.WithService(Services.SipProxy).WithService(Services.PresenceEngine).WithService(Services.XcpRouter)
                .WithService(Services.XmppFederation).WithService(Services.InterclusterSyncAgent);
            if (publisher)
            {
                node.WithService(Services.SipFederation);
            }
            else
            {
                node.WithoutService(Services.SipFederation);
            }

            node.Trust.Add(Certs.Trust("cup-trust", "Expired_Peer.pem", "CN=Expired Peer", "0BAD02", Certs.Now.AddDays(-3)));
            node.Trust.Add(Certs.Trust("cup-xmpp-trust", "Valid_Peer.pem", "CN=Valid Peer", "600D01", Certs.Now.AddDays(300)));
        }
    }
}
