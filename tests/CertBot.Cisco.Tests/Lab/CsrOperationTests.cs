using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Tests.Lab;

/// <summary>The CSR path through the adapter against the lab: CSR, the lab CA's answer, trust import, own import.</summary>
[Collection(SharedCiscoLab.Name)]
public sealed class CsrOperationTests(CiscoLab lab)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SingleNodeCsr_SignedThroughTwoLevels_IsImportedAfterItsChain_AndReadBack()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-east", "imp-sub1");
        var before = await session.GetCertificateAsync(CertificateInfo.OwnStore, "cup", "cup.pem", None);
        var log = lab.Node("lab-east", "imp-sub1").CommandLog;
        var mark = CommandLog.Commands(log).Count;

        var csr = await session.GenerateCsrAsync("cup", multiServer: false, None);
        var pending = await session.ListCsrUnitsAsync(None);
        var request = CertificateRequest.LoadSigningRequestPem(csr, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
        var answer = Blocks(await lab.SignAsync(csr, intermediate: true));
        var refused = await Assert.ThrowsAsync<NodeException>(() => session.ImportOwnAsync("cup", answer[0], None));
        var issuing = await session.ImportTrustAsync("cup", answer[1], None);
        var trusted = await session.ImportTrustAsync("cup", answer[2], None);
        var installed = await session.ImportOwnAsync("cup", answer[0], None);

        Assert.Contains("imp-sub1.east.lab.example", request.SubjectName.Name, StringComparison.Ordinal);
        Assert.Contains("cup", pending);
        Assert.Equal(NodeFailure.CommandFailed, refused.Failure);
        Assert.Contains("The CA certificate of 'Lab Issuing CA 1' is not in cup-trust", refused.Message, StringComparison.Ordinal);
        Assert.Equal("cup-trust", issuing.Store);
        Assert.Equal("cup-trust", trusted.Store);
        Assert.NotEqual(before.Serial, installed.Serial);
        Assert.False(installed.SelfSigned);
        Assert.Contains("Lab Issuing CA 1", installed.Issuer, StringComparison.Ordinal);
        Assert.Equal(
            ["set csr gen cup", "show csr own cup/cup.csr", "show csr list own", "set cert import own cup", "set cert import trust cup"],
            CommandLog.Commands(log).Skip(mark).Take(5));
        Assert.Equal("set cert import own cup", CommandLog.Commands(log).Where(c => c.StartsWith("set cert import", StringComparison.Ordinal)).Last());
    }

    [Fact]
    public async Task MultiServerCsr_OnThePublisher_NamesEveryNode_AndASubscriberCannotMakeOne()
    {
        using var connection = new LabConnection(lab);
        await using var publisher = await connection.OpenAsync("lab-east", "cucm-pub");
        await using var subscriber = await connection.OpenAsync("lab-east", "cucm-sub1");

        var csr = await publisher.GenerateCsrAsync("CallManager", multiServer: true, None);
        var refused = await Assert.ThrowsAsync<NodeException>(() => subscriber.GenerateCsrAsync("CallManager", multiServer: true, None));

        var request = CertificateRequest.LoadSigningRequestPem(csr, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
        var names = request.CertificateExtensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames().ToList();
        Assert.Contains("cucm-pub.east.lab.example", names);
        Assert.Contains("cucm-sub1.east.lab.example", names);
        Assert.DoesNotContain("imp-pub.east.lab.example", names);
        Assert.Contains("cucm-pub-ms.east.lab.example", request.SubjectName.Name, StringComparison.Ordinal);
        Assert.Equal(NodeFailure.VerificationFailed, refused.Failure);
        Assert.Contains("did not offer a multi-server CSR", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportOwn_AnswerForAnotherKey_IsRefusedWithTheNodesReason_AndNothingChanges()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-east", "cucm-sub1");
        var before = await session.GetCertificateAsync(CertificateInfo.OwnStore, "tomcat", "tomcat.pem", None);
        var csr = await session.GenerateCsrAsync("tomcat", multiServer: false, None);

        var refused = await Assert.ThrowsAsync<NodeException>(async () => await session.ImportOwnAsync("tomcat", Blocks(await lab.SignAsync(csr, false, "other-key"))[0], None));

        Assert.Contains("does not match the CSR generated for tomcat", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before.Serial, (await session.GetCertificateAsync(CertificateInfo.OwnStore, "tomcat", "tomcat.pem", None)).Serial);
    }

    private static List<string> Blocks(string pem) =>
        [.. pem.Split("-----END CERTIFICATE-----", StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Contains("BEGIN", StringComparison.Ordinal))
            .Select(p => p.Trim() + "\n-----END CERTIFICATE-----\n")];
}
