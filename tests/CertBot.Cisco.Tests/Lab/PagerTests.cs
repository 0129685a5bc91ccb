using CertBot.Cisco.Parsing;
using CertBot.Cisco.Sessions;
using CertBot.Engine.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Cisco.Tests.Lab;

[Collection(SharedCiscoLab.Name)]
public sealed class PagerTests(CiscoLab lab)
{
    [Fact]
    public async Task PaginationOn_LongOutputsArePagedThroughCompletely()
    {
        using var connection = new LabConnection(lab);
        IReadOnlyList<ServiceStatus> expected;
        CertificateInfo tomcat;
        await using (var session = await connection.OpenAsync("lab-east", "imp-pub"))
        {
            expected = await session.ListServicesAsync(CancellationToken.None);
            tomcat = await session.GetCertificateAsync(CertificateInfo.OwnStore, "tomcat", "tomcat.pem", CancellationToken.None);
        }

        var endpoint = connection.Directory.EndpointFor(connection.Ref("lab-east", "imp-pub"));
        var timeout = TimeSpan.FromSeconds(30);
        await using var cli = await CliSession.StartAsync(await connection.Transport.OpenShellAsync(endpoint, CancellationToken.None), "lab-east/imp-pub", "admin",
            new CliSessionSettings(), TimeProvider.System, NullLogger.Instance, CancellationToken.None);
        await cli.RunAsync(CliCommand.Read("set cli pagination on", timeout), CancellationToken.None);

        var services = ServiceListParser.Parse(await cli.RunAsync(CliCommand.Read("utils service list", timeout), CancellationToken.None));
        var certificate = CertificateDetailParser.Parse(await cli.RunAsync(CliCommand.Read("show cert own tomcat/tomcat.pem", timeout), CancellationToken.None), "own", "tomcat", "tomcat.pem");

        Assert.True(expected.Count > 20, "the list must be longer than one page for this test to mean anything");
        Assert.Equal(expected, services);
        Assert.NotNull(certificate);
        Assert.Equal(tomcat.Sha256Thumbprint, certificate.Certificate.Sha256Thumbprint);
        Assert.Equal(tomcat.SubjectAlternativeNames, certificate.Certificate.SubjectAlternativeNames);
    }
}
