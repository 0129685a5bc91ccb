using System.Globalization;
using System.Text.Json;
using CertBot.Chat;
using CertBot.Chat.Views;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Slack.BlockKit;
using CertBot.Slack.Rendering;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Rendering;

/// <summary>
/// A purge of 320 trust entries: the views themselves stay short (Slack's own last-resort cut of blocks is never
/// needed), say how to see everything, and the "show all" pieces each fit Slack's limits.
/// </summary>
public sealed class LongListRenderingTests
{
    private const int Entries = 320;

    [Fact]
    public void EveryViewOfALongPurge_FitsWithoutSlacksLastResortCut_AndThePiecesHoldEveryEntry()
    {
        var plan = PurgePlan();
        var now = DateTimeOffset.UtcNow;
        var run = Run.Create(Guid.NewGuid(), plan, "slack:U1", now) with { State = RunState.Running, NextStep = 150 };
        var gate = new Gate(Guid.NewGuid(), run.Id, 1, GateKind.Approval, plan.Hash, plan.Steps[1].Title, now, now.AddHours(4), GateState.Approved, "slack:U2", now, null);
        var view = new RunView(run, [gate], [], []);
        var views = new RunViews(new People());
        ChatView[] cards =
        [
            PlanViews.Open(Guid.NewGuid(), plan, new EngineOptions()), views.Gate(view, gate), views.Progress(view, now), views.Summary(view),
        ];

        foreach (var card in cards)
        {
            var json = JsonDocument.Parse(BlockKitJson.Serialize(SlackRenderer.Render(card).Blocks)).RootElement;
            Assert.Empty(BlockKitLimitCheck.Problems(json));
            Assert.DoesNotContain("Slack shows at most", json.GetRawText(), StringComparison.Ordinal);
        }

        Assert.NotNull(((PlanView)cards[0]).More);
        Assert.NotNull(((ProgressView)cards[2]).More);
        var pieces = TextPieces.Of("every step", views.AllLines(view));
        foreach (var piece in pieces)
        {
            Assert.Empty(BlockKitLimitCheck.Problems(JsonDocument.Parse(BlockKitJson.Serialize(SlackRenderer.Render(piece).Blocks)).RootElement));
        }

        var all = string.Join("\n", pieces.Select(p => p.Text));
        Assert.All(Enumerable.Range(0, Entries), i => Assert.Contains(FileName(i), all, StringComparison.Ordinal));
    }

    private static Plan PurgePlan()
    {
        var node = new NodeRef("lab-west", "cucm-pub", Product.Cucm, NodeRole.Publisher);
        var plan = new PlanBuilder();
        plan.Gate($"Approve: delete {Entries} trust certificate(s) on lab-west");
        plan.Gate("Approve the deletions: " + string.Join("; ", Enumerable.Range(0, Entries).Select(i => $"tomcat-trust/{FileName(i)} on cucm-pub")));
        foreach (var i in Enumerable.Range(0, Entries))
        {
            plan.DeleteTrust(node, new CertificateInfo("tomcat-trust", "tomcat-trust", FileName(i), "CN=x", "CN=x", i.ToString("x8", CultureInfo.InvariantCulture),
                DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(1), [], true, "RSA", 2048, "sha256RSA", "ab"));
        }

        return plan.Build(ProcedureRequest.PurgeTrust("lab-west"), DateTimeOffset.UtcNow);
    }

    private static string FileName(int i) => $"expired-ca-{i.ToString("D3", CultureInfo.InvariantCulture)}.pem";
}
