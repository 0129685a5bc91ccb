using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;

namespace CertBot.Chat.Tests.Views;

/// <summary>
/// The final card's view of runs written into a real SQLite store as the engine writes them: per node the old and
/// new serial and expiry and the services restarted, each with its step and time; who asked and who decided when;
/// a failed step never counted as done; long lists collapsed with counts.
/// </summary>
public sealed class SummaryViewTests
{
    private readonly RunViews views = MaintenanceRuns.Views();

    [Fact]
    public async Task SucceededRun_NamesEachNodesOldAndNewSerial_TheDecisionsWithTheirTimes_AndHowLongItTook()
    {
        var summary = views.Summary(await MaintenanceRuns.RegenerationAsync(10));

        Assert.Equal(RunDisplayState.Succeeded, summary.State);
        Assert.Equal(Enumerable.Range(0, 10).Select(MaintenanceRuns.Node), summary.Nodes.Select(n => n.Node));
        Assert.Equal(
            [
                $"✓ tomcat regenerated: serial {MaintenanceRuns.OldSerial(0)} → {MaintenanceRuns.NewSerial(0)}, expires 2026-12-25 → 2031-12-05 · step 2, 41 s",
                "✓ Cisco Tomcat restarted · step 12, 1 min 5 s",
            ],
            summary.Nodes[0].Lines);
        Assert.Equal(
            [
                "Approve the changes on lab-big: approved by Bob at 2026-12-05 08:01",
                "Push the new certificate to Jabber clients: confirmed by Alice at 2026-12-05 08:19",
            ],
            summary.Decisions);
        Assert.Equal(("Alice", MaintenanceRuns.Start, MaintenanceRuns.Start.AddSeconds(1180)), (summary.RequestedBy, summary.RequestedAt, summary.EndedAt));
        Assert.Equal("19 min 40 s", TimeWords.Duration(summary.Duration));
        Assert.Empty(summary.FollowUps);
        Assert.Empty(summary.Undo);
        Assert.Null(summary.More);
    }

    [Fact]
    public async Task FailedRun_ShowsWhatChangedBeforeItStopped_TheFailedStepAsFailed_AndWhatIsLeftForPeople()
    {
        var summary = views.Summary(await MaintenanceRuns.RegenerationAsync(10, failRestartOf: 3));

        Assert.Equal(RunDisplayState.Failed, summary.State);
        Assert.Equal(
            [
                $"✓ tomcat regenerated: serial {MaintenanceRuns.OldSerial(3)} → {MaintenanceRuns.NewSerial(3)}, expires 2026-12-28 → 2031-12-08 · step 5, 41 s",
                "✗ Restart Cisco Tomcat on ucm-sub03: failed, may have changed part of it: Cisco Tomcat did not reach STARTED within 600 s · step 15, 7 s",
            ],
            summary.Nodes[3].Lines);
        Assert.All(summary.Nodes.Take(3), n => Assert.EndsWith("✓ Cisco Tomcat restarted", n.Lines[1].Split(" · ")[0], StringComparison.Ordinal));
        Assert.All(summary.Nodes.Skip(4), n => Assert.Single(n.Lines));
        Assert.DoesNotContain(summary.Nodes.SelectMany(n => n.Lines), l => l.StartsWith("✓ Restart", StringComparison.Ordinal) || l.Contains("ucm-sub03 restarted", StringComparison.Ordinal));
        Assert.EndsWith("aborted by Bob at step 15 at 2026-12-05 08:14", summary.Decisions[^1], StringComparison.Ordinal);
        Assert.Equal(
            ["Push the new certificate to Jabber clients (never confirmed in the run): Jabber clients that do not trust the new self-signed certificate warn their users: push the certificate (or the CA chain) through group policy, MDM or e-mail"],
            summary.FollowUps);
    }

    [Fact]
    public async Task LongListOfANode_CollapsesToItsHeadAndTheCounts_AndSaysHowToSeeAll()
    {
        var view = await MaintenanceRuns.PurgeAsync(1, 30);
        var summary = views.Summary(view);

        var node = Assert.Single(summary.Nodes);
        Assert.Equal(NodeRecords.NodeLines, node.Lines.Count);
        Assert.Equal("✓ deleted tomcat-trust/Expired_Issuing_CA_000.pem (serial 5EED000000) · step 2, 3 s", node.Lines[0]);
        Assert.Equal("… and 23 more: 23 trust deletions", node.Lines[^1]);
        Assert.Equal(RunViews.ShowAllHint(view.Run), summary.More);
    }

    [Fact]
    public async Task ManyNodes_ShowTheFirstOnes_AndCountTheRest()
    {
        var view = await MaintenanceRuns.PurgeAsync(20, 2);
        var summary = views.Summary(view);

        Assert.Equal(NodeRecords.Nodes, summary.Nodes.Count);
        Assert.Equal($"8 more nodes with 16 changes or steps not shown: {RunViews.ShowAllHint(view.Run)}", summary.More);
    }

    [Fact]
    public async Task NodesOfLongLines_StopAtTheCharacterBudget_BeforeTheNodeCount()
    {
        // Trust files of real CAs have long names: a node's eight lines are then far longer than the usual two.
        var view = await MaintenanceRuns.PurgeAsync(12, 40, "Expired_Contoso_Enterprise_Issuing_Certification_Authority_Generation_2_");
        var summary = views.Summary(view);

        Assert.InRange(summary.Nodes.Count, 2, NodeRecords.Nodes - 1);
        Assert.InRange(summary.Nodes.Sum(n => n.Node.Length + n.Lines.Sum(l => l.Length + 3)), 1, NodeRecords.Characters);
        Assert.All(summary.Nodes, n => Assert.Equal(NodeRecords.NodeLines, n.Lines.Count));
        Assert.StartsWith($"{12 - summary.Nodes.Count} more nodes with ", summary.More, StringComparison.Ordinal);
    }
}
