using CertBot.Engine.Model;

namespace CertBot.Cisco.Tests.Lab;

[Collection(SharedCiscoLab.Name)]
public sealed class ReadOperationTests(CiscoLab lab)
{
    [Fact]
    public async Task Session_EveryReadOperation_RunsOverOneLogin()
    {
        var log = lab.Node("lab-east", "cucm-pub").CommandLog;
        var before = CommandLog.Commands(log).Count;
        using var connection = new LabConnection(lab);

        await using (var session = await connection.OpenAsync("lab-east", "cucm-pub"))
        {
            Assert.Equal("14.0.1.13900-155", await session.GetActiveVersionAsync(CancellationToken.None));
            var own = await session.ListCertificatesAsync(trust: false, CancellationToken.None);
            Assert.Contains(own, c => c.Unit == "tomcat" && c.File == "tomcat.pem" && c.IsIdentity && c.SelfSigned);
            Assert.All(own, c => Assert.Equal(CertificateInfo.OwnStore, c.Store));
            var trust = await session.ListCertificatesAsync(trust: true, CancellationToken.None);
            Assert.Contains(trust, c => c.Store == "tomcat-trust");
            Assert.All(trust, c => Assert.NotEqual(CertificateInfo.OwnStore, c.Store));
            var services = await session.ListServicesAsync(CancellationToken.None);
            Assert.Contains(services, s => s.Name == "Cisco Tomcat" && s.State == ServiceState.Started);
            Assert.Equal("F", await session.GetEnterpriseParameterAsync("RollBackToPreGrayback", CancellationToken.None));
            Assert.Null(await session.GetEnterpriseParameterAsync("NoSuchParameter", CancellationToken.None));
            var itl = await session.ShowTrustListAsync(ctl: false, CancellationToken.None);
            Assert.True(itl.Exists && itl.Verified && itl.RecordCount >= 3);
            Assert.Contains("CCM+TFTP", itl.Functions);
            Assert.False((await session.ShowTrustListAsync(ctl: true, CancellationToken.None)).Exists);
            var replication = await session.GetReplicationStateAsync(CancellationToken.None);
            Assert.Equal(["cucm-pub", "cucm-sub1"], replication.Servers.Select(r => r.Server));
            Assert.Null(replication.Problem);
            Assert.Equal(1, session.Logins);
        }

        var commands = CommandLog.Commands(log).Skip(before).ToList();
        Assert.Equal(1, CommandLog.Logins(commands));
        Assert.Equal("set cli pagination off", commands[0]);
    }

    [Fact]
    public async Task GetCertificate_MatchesItsPemAndListEntry()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-east", "cucm-sub1");

        var tomcat = await session.GetCertificateAsync(CertificateInfo.OwnStore, "tomcat", "tomcat.pem", CancellationToken.None);
        var pem = await session.GetCertificatePemAsync(CertificateInfo.OwnStore, "tomcat", "tomcat.pem", CancellationToken.None);

        using var parsed = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(pem);
        Assert.Equal(parsed.SerialNumber, tomcat.Serial);
        Assert.Contains("cucm-sub1", tomcat.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.True(tomcat.KeySize >= 2048);
        Assert.Equal(64, tomcat.Sha256Thumbprint.Length);
        Assert.True(tomcat.NotAfter > tomcat.NotBefore);
    }

    [Fact]
    public async Task CaSignedIdentity_OnImpSub2CupXmpp_IsDetectedWithItsSans()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-east", "imp-sub2");

        var entries = await session.ListEntriesAsync(trust: false, CancellationToken.None);
        var own = await session.ListCertificatesAsync(trust: false, CancellationToken.None);

        var cupXmpp = own.Single(c => c.Unit == "cup-xmpp");
        Assert.False(cupXmpp.SelfSigned);
        Assert.True(cupXmpp.SubjectAlternativeNames.Count > 1);
        Assert.False(entries.Single(e => e.Unit == "cup-xmpp").DescribedAsSelfSigned);
        Assert.True(own.Single(c => c.Unit == "cup").SelfSigned);
    }

    [Fact]
    public async Task ShowNetworkCluster_OnThePublisher_ListsEveryNodeWithTheImpPublisher()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-east", "cucm-pub");

        var members = await session.ShowNetworkClusterAsync(CancellationToken.None);

        Assert.Equal(5, members.Count);
        Assert.Equal("cucm-pub", members.Single(m => m.IsLocal).HostName);
        Assert.Equal("imp-pub", members.Single(m => m.Product == Product.Imp && m.Role == NodeRole.Publisher).HostName);
        Assert.All(members, m => Assert.True(m.Authenticated));
    }

    [Fact]
    public async Task Version_OfTheOlderCluster_IsItsOwn()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");

        Assert.StartsWith("12.5", await session.GetActiveVersionAsync(CancellationToken.None), StringComparison.Ordinal);
    }
}
