using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// <c>certbot restore &lt;run&gt;</c> after a P6 run on lab-east was rejected at its deletions, once PRG high
/// availability was off and the watchers stopped: the restore plan starts exactly the services the run stopped
/// (publisher first, as they were stopped) and reminds of PRG high availability; it is a run like any other, so its
/// requester cannot approve it, and a run that left nothing undone has nothing to restore.
/// </summary>
[Collection(RunsLabGroup.Name)]
public sealed class RestoreTests(RunsLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task RestoreOfAPurgeRejectedAfterItsStops_NeedsAnotherApprover_AndStartsWhatTheRunStopped()
    {
        // An expired CA of this test's own in tomcat-trust: the purge has something to delete whatever ran before.
        var file = await ImportExpiredCaAsync("cucm-pub");
        try
        {
            var purge = await certbot.RequestAsync("purge-trust", "--cluster", "lab-east");
            var logs = CommandLogs.Mark(lab.Inventory);
            var cancelled = await RejectAtTheDeletionsAsync(purge);
            var stops = ChangeOrder.Of(logs.Since());
            Assert.Equal("Cancelled", cancelled.State);
            Assert.NotEmpty(stops);
            Assert.All(stops, s => Assert.StartsWith("utils service stop ", s.Command, StringComparison.Ordinal));

            var restore = await certbot.MustAsync("restore", purge, "--as", CertBotWorkspace.Requester);
            var restoreRun = restore.Output.Trim();
            Assert.True(Guid.TryParse(restoreRun, out _), restore.ToString());
            Assert.Contains("Switch PRG high availability back on", restore.Error, StringComparison.Ordinal);
            var selfApproval = await certbot.RunAsync("approve", restoreRun, "--as", CertBotWorkspace.Requester);
            var restored = CommandLogs.Mark(lab.Inventory);
            var done = await certbot.DriveAsync(restoreRun);

            Assert.Equal(1, selfApproval.ExitCode);
            Assert.Contains("the requester never approves their own run", selfApproval.Error, StringComparison.Ordinal);
            Assert.Equal("Succeeded", done.State);
            Assert.Contains(done.Journal, j => j.GetProperty("kind").GetString() == "Approved" && j.GetProperty("message").GetString()!.StartsWith("approved by cli:bob", StringComparison.Ordinal));
            ChangeOrder.AssertExactly(restored.Since(), [.. stops.Select(s => $"{s.Node}: {s.Command.Replace("utils service stop ", "utils service start ", StringComparison.Ordinal)}")]);
            var again = await certbot.RunAsync("restore", restoreRun, "--as", CertBotWorkspace.Requester);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("is Succeeded: it left nothing half-done to restore", again.Error, StringComparison.Ordinal);
        }
        finally
        {
            await LabTrust.DeleteAsync(lab, "lab-east", "cucm-pub", "tomcat", file);
        }
    }

    /// <summary>Approves and confirms as people would until the deletions' gate, which the approver rejects.</summary>
    private async Task<RunDocument> RejectAtTheDeletionsAsync(string run)
    {
        for (var round = 0; round < 40; round++)
        {
            var show = await certbot.ShowAsync(run);
            var gate = show.Root.GetProperty("gates").EnumerateArray().LastOrDefault(g => g.GetProperty("state").GetString() == "Open");
            switch (show.State)
            {
                case "AwaitingApproval" when gate.GetProperty("title").GetString()!.StartsWith("Approve the deletions", StringComparison.Ordinal):
                    await certbot.MustAsync("reject", run, "--as", CertBotWorkspace.Approver, "--comment", "not today");
                    return await certbot.ShowAsync(run);
                case "AwaitingApproval":
                    await certbot.MustAsync(show.OpenGateKind == "Confirmation" ? "confirm" : "approve", run, "--as",
                        show.OpenGateKind == "Confirmation" ? CertBotWorkspace.Requester : CertBotWorkspace.Approver);
                    break;
                case "Running":
                    await certbot.MustAsync("work", "--until-idle");
                    break;
                default:
                    Assert.Fail($"run {run} is {show.State}:\n{(await certbot.RunAsync("show", run)).Output}");
                    break;
            }
        }

        Assert.Fail($"run {run} never reached the deletions' gate");
        return null!;
    }

    /// <summary>Imports a CA certificate that expired 30 days ago into tomcat-trust as an administrator would; returns its file name.</summary>
    private async Task<string> ImportExpiredCaAsync(string node)
    {
        using var key = RSA.Create(2048);
        var name = $"Restore Test Expired CA {Guid.NewGuid().ToString("N")[..8]}";
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-3), DateTimeOffset.UtcNow.AddDays(-30));
        await LabTrust.ImportAsync(lab, "lab-east", node, "tomcat", ca.ExportCertificatePem());
        return name.Replace(' ', '_') + ".pem";
    }

    public void Dispose() => certbot.Dispose();
}
