using CertBot.Cisco.Sessions;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Cisco.Tests.Lab;

[Collection(SharedCiscoLab.Name)]
public sealed class FailureTests(CiscoLab lab)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Open_WithAWrongPassword_FailsAsAuthentication()
    {
        using var connection = new LabConnection(lab, ("lab-east", "imp-pub", "Password", "not-the-password"));

        var e = await Assert.ThrowsAsync<NodeException>(() => connection.OpenAsync("lab-east", "imp-pub"));

        Assert.Equal(NodeFailure.AuthenticationFailed, e.Failure);
        Assert.DoesNotContain("not-the-password", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_AfterTheHostKeyChanged_IsRefusedBeforeAnyCommand()
    {
        var node = lab.Node("lab-west", "cucm-sub1");
        using var connection = new LabConnection(lab);
        await (await connection.OpenAsync("lab-west", "cucm-sub1")).DisposeAsync();
        await lab.FaultAsync("lab-west", "cucm-sub1", "hostkey");
        var log = SshdLog.PathOf(lab, "lab-west", "cucm-sub1");
        var before = (CommandLog.Commands(node.CommandLog).Count, SshdLog.Authentications(log).Count);

        var e = await Assert.ThrowsAsync<NodeException>(() => connection.OpenAsync("lab-west", "cucm-sub1"));

        Assert.Equal(NodeFailure.HostKeyMismatch, e.Failure);
        Assert.StartsWith($"lab-west/cucm-sub1: host key mismatch at {node.Host}:{node.Port}: pinned {node.HostKeySha256}, the server offers ssh-rsa SHA256:", e.Message, StringComparison.Ordinal);
        Assert.Contains(". Nothing was sent.", e.Message, StringComparison.Ordinal);
        // Refused before authentication: sshd saw no login attempt, the CLI no command.
        Assert.Equal(before, (CommandLog.Commands(node.CommandLog).Count, SshdLog.Authentications(log).Count));
    }

    [Fact]
    public async Task Open_NodeDown_FailsAsUnreachable()
    {
        using var connection = new LabConnection(lab);
        await using (await lab.InjectFaultAsync("lab-west", "cucm-pub", "unreachable"))
        {
            var e = await Assert.ThrowsAsync<NodeException>(() => connection.OpenAsync("lab-west", "cucm-pub"));

            Assert.Equal(NodeFailure.Unreachable, e.Failure);
        }
    }

    [Fact]
    public async Task Command_SlowerThanItsTimeout_FailsAsTimeout()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");
        await using (await lab.InjectFaultAsync("lab-west", "cucm-pub", "slow", "500"))
        {
            var e = await Assert.ThrowsAsync<NodeException>(() => session.ControlServiceAsync("Cisco Tftp", ServiceAction.Restart, TimeSpan.FromSeconds(1), None));

            Assert.Equal(NodeFailure.Timeout, e.Failure);
            Assert.Equal("utils service restart Cisco Tftp", e.Command);
        }
    }

    [Fact]
    public async Task ServiceThatNeverStarts_FailsWithItsLastState()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");
        await lab.FaultAsync("lab-west", "cucm-pub", "stuck", "Cisco CTIManager");
        try
        {
            var e = await Assert.ThrowsAsync<NodeException>(() => session.ControlServiceAsync("Cisco CTIManager", ServiceAction.Restart, TimeSpan.FromSeconds(8), None));

            Assert.Contains(e.Failure, new[] { NodeFailure.Timeout, NodeFailure.VerificationFailed });
            Assert.Contains("Cisco CTIManager", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            await lab.FaultAsync("lab-west", "cucm-pub", "clear");
            await using var again = await connection.OpenAsync("lab-west", "cucm-pub");
            await again.ControlServiceAsync("Cisco CTIManager", ServiceAction.Start, TimeSpan.FromSeconds(30), None);
        }
    }

    [Fact]
    public async Task FailingCommand_CarriesTheNodeCommandAndOutputTail()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");
        await using (await lab.InjectFaultAsync("lab-west", "cucm-pub", "fail", "show version"))
        {
            var e = await Assert.ThrowsAsync<NodeException>(() => session.GetActiveVersionAsync(None));

            Assert.Equal(NodeFailure.CommandFailed, e.Failure);
            Assert.Equal("lab-west/cucm-pub", e.Node);
            Assert.Equal("show version active", e.Command);
            Assert.Contains("Executed command unsuccessfully", e.OutputTail, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("set cert regen")]
    [InlineData("set cert delete")]
    public async Task ChangeFailingInItsOwnSentence_WithoutTheMarker_FailsShowingTheSentence(string refused)
    {
        var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-east", "imp-pub");
        var trust = (await session.ListEntriesAsync(trust: true, None)).First(e => e.Unit == "tomcat-trust");
        await using (await lab.InjectFaultAsync("lab-east", "imp-pub", "refuse", refused))
        {
            var e = await Assert.ThrowsAsync<NodeException>(() => refused == "set cert regen"
                ? session.RegenerateAsync("cup", None)
                : session.DeleteTrustAsync(trust.Unit, trust.File, None));

            Assert.Equal(NodeFailure.CommandFailed, e.Failure);
            Assert.Contains("The capf certificate is not in the list of default Cisco CA certificates.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BulkExport_OneUnitFailing_FailsTheCommandNamingTheUnit_DespiteTheOtherSuccess()
    {
        var connection = new LabConnection(lab);
        var sftp = lab.Inventory.Sftp;
        await using var session = await connection.OpenAsync("lab-east", "cucm-pub");
        await session.ConfigureBulkSftpAsync(new BulkSftpSettings(sftp.Host, sftp.Port, sftp.Username, sftp.Password, sftp.Directory), None);
        await using (await lab.InjectFaultAsync("lab-east", "cucm-pub", "fail", "set cert bulk export tftp"))
        {
            var e = await Assert.ThrowsAsync<NodeException>(() => session.BulkAsync(BulkOperation.Export, None));

            Assert.Equal(NodeFailure.CommandFailed, e.Failure);
            Assert.Contains("Failed to export tftp", e.Message, StringComparison.Ordinal);
            Assert.Contains("Successfully exported tomcat", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SessionDroppedDuringAReadCommand_IsReopenedForReadsOnly()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");
        var before = await session.GetCertificateAsync(CertificateInfo.OwnStore, "ITLRecovery", "ITLRecovery.pem", None);
        await using (await lab.InjectFaultAsync("lab-west", "cucm-pub", "drop", "utils service list"))
        {
            var read = await Assert.ThrowsAsync<NodeException>(() => session.ListServicesAsync(None));
            Assert.Equal(NodeFailure.SessionLost, read.Failure);
            Assert.Equal(2, session.Logins);

            await lab.FaultAsync("lab-west", "cucm-pub", "clear");

            // A change never runs on a lost session: a read reopens it first.
            var refused = await Assert.ThrowsAsync<NodeException>(() => session.RegenerateAsync("ITLRecovery", None));
            Assert.Equal(NodeFailure.SessionLost, refused.Failure);
            Assert.NotEmpty(await session.ListServicesAsync(None));
            Assert.Equal(3, session.Logins);

            await lab.FaultAsync("lab-west", "cucm-pub", "drop", "set cert regen");
            var change = await Assert.ThrowsAsync<NodeException>(() => session.RegenerateAsync("ITLRecovery", None));
            Assert.Equal(NodeFailure.SessionLost, change.Failure);
            Assert.Equal(3, session.Logins);
        }

        Assert.NotEmpty(await session.ListServicesAsync(None));
        Assert.Equal(4, session.Logins);
        var after = await session.GetCertificateAsync(CertificateInfo.OwnStore, "ITLRecovery", "ITLRecovery.pem", None);
        Assert.Equal(before.Serial, after.Serial);
        Assert.Equal(1, CommandLog.Commands(lab.Node("lab-west", "cucm-pub").CommandLog).Count(c => c == "set cert regen ITLRecovery"));
    }

    [Fact]
    public async Task QuestionNotAllowed_IsNotAnsweredAndChangesNothing()
    {
        using var connection = new LabConnection(lab);
        var endpoint = connection.Directory.EndpointFor(connection.Ref("lab-west", "cucm-pub"));
        var settings = new CliSessionSettings { QuietPeriod = TimeSpan.FromMilliseconds(500) };
        await using (var session = await connection.OpenAsync("lab-west", "cucm-pub"))
        {
            var before = await session.GetCertificateAsync(CertificateInfo.OwnStore, "CAPF", "CAPF.pem", None);
            await using (var cli = await CliSession.StartAsync(await connection.Transport.OpenShellAsync(endpoint, None), "lab-west/cucm-pub", "admin", settings,
                TimeProvider.System, NullLogger.Instance, None))
            {
                var e = await Assert.ThrowsAsync<NodeException>(() => cli.RunAsync(CliCommand.Change("set cert regen CAPF", TimeSpan.FromSeconds(30)), None));

                Assert.Equal(NodeFailure.UnexpectedPrompt, e.Failure);
                Assert.Contains("(yes|no)", e.Message, StringComparison.Ordinal);
            }

            var after = await session.GetCertificateAsync(CertificateInfo.OwnStore, "CAPF", "CAPF.pem", None);
            Assert.Equal(before.Serial, after.Serial);
        }
    }
}
