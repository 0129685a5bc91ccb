using System.Security.Cryptography.X509Certificates;

namespace CertBot.Lab.Tests.Simulator;

public sealed class SeederTests : IClassFixture<SimulatorLabFixture>
{
    private readonly SimulatorLab lab;

    public SeederTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public void TomcatTrust_HoldsEveryNodesTomcat()
    {
        var files = lab.Store("lab-east", "imp-sub1").Files;
        foreach (var node in lab.Definition.Clusters[0].Nodes)
        {
            var tomcat = Certificate(lab.Store("lab-east", node.Name).Files.ReadOwnCertificate("tomcat"));
            Assert.Equal(tomcat.RawData, Certificate(files.ReadTrust("tomcat-trust", $"{node.Name}.east.lab.example.pem")).RawData);
        }
    }

    [Fact]
    public void IpsecTrust_MatchesThePublisher_ExceptOnLabWestSubscriber()
    {
        string Serial(string cluster, string node, string? trustFile = null) => Certificate(trustFile is null
            ? lab.Store(cluster, node).Files.ReadOwnCertificate("ipsec")
            : lab.Store(cluster, node).Files.ReadTrust("ipsec-trust", trustFile)).SerialNumber;

        Assert.Equal(Serial("lab-east", "cucm-pub"), Serial("lab-east", "cucm-sub1", "cucm-pub.east.lab.example.pem"));
        foreach (var imp in new[] { "imp-pub", "imp-sub1", "imp-sub2" })
        {
            Assert.Equal(Serial("lab-east", "cucm-pub"), Serial("lab-east", imp, "cucm-pub.east.lab.example.pem"));
        }

        Assert.NotEqual(Serial("lab-west", "cucm-pub"), Serial("lab-west", "cucm-sub1", "cucm-pub.west.lab.example.pem"));
    }

    [Fact]
    public void CaSignedCupXmpp_IsIssuedByTheLabCa_WithEveryImpNodeAndTheDomain()
    {
        var certificate = Certificate(lab.Store("lab-east", "imp-sub2").Files.ReadOwnCertificate("cup-xmpp"));
        var ca = Certificate(File.ReadAllText(Path.Combine(lab.Root, "ca", "ca.pem")));
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames().ToList();

        Assert.Equal(ca.Subject, certificate.Issuer);
        Assert.Subset(names.ToHashSet(), new HashSet<string> { "imp-sub2.east.lab.example", "imp-pub.east.lab.example", "imp-sub1.east.lab.example", "east.lab.example" });
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(certificate));
    }

    [Fact]
    public void ExpiredTrustCertificates_AreOnlyWhereTheDefinitionPutsThem()
    {
        var expired = lab.Definition.Clusters.SelectMany(c => c.Nodes.Select(n => (Cluster: c.Name, Node: n.Name)))
            .Where(n => ExpiredIn(n.Cluster, n.Node) > 0).ToList();

        Assert.Equal([("lab-east", "cucm-pub"), ("lab-east", "cucm-sub1"), ("lab-east", "imp-pub"), ("lab-east", "imp-sub1"), ("lab-west", "cucm-pub")], expired);
    }

    [Fact]
    public void IdentityKeys_AreWrittenOwnerOnly()
    {
        var key = Path.Combine(lab.StateDir("lab-east", "cucm-pub"), "certs", "own", "tomcat.key");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(lab.Root, "ca", "ca.key")));
    }

    private int ExpiredIn(string cluster, string node)
    {
        var files = lab.Store(cluster, node).Files;
        return files.TrustStores().Sum(store => files.TrustFiles(store).Count(f => Certificate(files.ReadTrust(store, f)).NotAfter < DateTime.Now));
    }

    private static X509Certificate2 Certificate(string pem) => X509Certificate2.CreateFromPem(pem);
}
