using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>P5 on lab-east, the acceptance run: requested by cli:alice, approved by cli:bob, never by cli:alice.</summary>
[Collection(CliLabGroup.Name)]
public sealed class RegenerateTomcatTests(CliLab lab) : IDisposable
{
    private static readonly string[] Nodes = ["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"];
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task RegenerateTomcat_RequestedByAliceApprovedByBob_ChangesEverySerialPublisherFirstAllRegenerationsBeforeTheFirstRestart()
    {
        var before = await certbot.InventoryAsync("lab-east");
        var logs = CommandLogs.Mark(lab.Inventory);
        var run = await certbot.RequestAsync("regenerate", "tomcat", "--cluster", "lab-east");

        var selfApproval = await certbot.RunAsync("approve", run, "--as", CertBotWorkspace.Requester);
        var done = await certbot.DriveAsync(run);

        Assert.Equal(1, selfApproval.ExitCode);
        Assert.Contains("the requester never approves their own run", selfApproval.Error, StringComparison.Ordinal);
        Assert.Contains("approvers of lab-east: cli:bob, cli:carol", selfApproval.Error, StringComparison.Ordinal);
        Assert.Equal("Succeeded", done.State);
        Assert.Contains(done.Journal, j => j.GetProperty("kind").GetString() == "Approved" && j.GetProperty("message").GetString()!.StartsWith("approved by cli:bob (via the command line)", StringComparison.Ordinal));
        var after = await certbot.InventoryAsync("lab-east");
        Assert.All(Nodes, n => Assert.NotEqual(LabInventoryJson.Serial(before, n, "tomcat"), LabInventoryJson.Serial(after, n, "tomcat")));
        ChangeOrder.AssertExactly(logs.Since(), [
            .. Nodes.Select(n => $"{n}: set cert regen tomcat"),
            .. Nodes.Select(n => $"{n}: utils service restart Cisco Tomcat"),
        ]);
    }

    [Fact]
    public async Task Approve_ByTheRequesterOfAnApprovedRun_IsRefusedAndChangesNothing()
    {
        var run = await certbot.RequestAsync("regenerate", "tomcat", "--cluster", "lab-east");
        var before = await certbot.ShowAsync(run);

        var refused = await certbot.RunAsync("approve", run, "--as", CertBotWorkspace.Requester, "--comment", "mine");

        Assert.Equal(1, refused.ExitCode);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", refused.Error, StringComparison.Ordinal);
        var after = await certbot.ShowAsync(run);
        Assert.Equal("AwaitingApproval", after.State);
        // The refusal itself is journaled (who tried what), and nothing else changed.
        Assert.Equal(before.Journal.Count + 1, after.Journal.Count);
        Assert.Contains("the requester never approves their own run", after.Journal[^1].GetProperty("message").GetString(), StringComparison.Ordinal);
        await certbot.MustAsync("cancel", run, "--as", CertBotWorkspace.Requester);
    }

    public void Dispose() => certbot.Dispose();
}
