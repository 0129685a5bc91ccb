using System.Text.Json.Nodes;
using CertBot.Chat.Views;
using CertBot.Teams.Cards;
using CertBot.Teams.Rendering;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Rendering;

/// <summary>Every card the bot can send: its JSON where people act on it, and Microsoft's renderer without a warning.</summary>
public sealed class ViewCardTests
{
    [Fact]
    public async Task EveryCardTheBotSends_ParsesInTheOfficialRendererWithoutWarnings()
    {
        var cards = SampleViews.All().ToDictionary(v => v.Key, v => TeamsCardRenderer.Render(v.Value)!);

        var results = await AdaptiveCardsRenderer.CheckAsync(cards);

        Assert.Equal(SampleViews.All().Count, results.Count);
        Assert.All(results, r => Assert.True(r.Value.Count == 0, $"{r.Key}: {string.Join("; ", r.Value)}"));
    }

    [Fact]
    public void ApprovalCard_HasExecuteButtonsWithSubmitFallbacks_ACommentAndARefresh()
    {
        var card = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.OpenApproval())!);

        Assert.Equal("1.5", (string)card["version"]!);
        var actions = card["actions"]!.AsArray();
        Assert.Equal(["Approve", "Reject"], actions.Select(a => (string)a!["title"]!));
        Assert.All(actions, a => Assert.Equal("Action.Execute", (string)a!["type"]!));
        Assert.Equal("approve", (string)actions[0]!["fallback"]!["data"]!["verb"]!);
        Assert.Equal(SampleViews.Run.ToString("D"), (string)actions[0]!["fallback"]!["data"]!["run"]!);
        Assert.Contains(card["body"]!.AsArray(), e => (string?)e!["id"] == ChatVerbs.CommentKey && (string)e["type"]! == "Input.Text");
        Assert.Equal("refresh", (string)card["refresh"]!["action"]!["verb"]!);
        Assert.Contains("Rita", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DecidedApproval_HasNoButtonsNoCommentNoRefresh_AndSaysWhoAndWhen()
    {
        var json = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.Approved())!);

        Assert.Null(json["actions"]);
        Assert.Null(json["refresh"]);
        Assert.DoesNotContain("Input.Text", json.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Approved by Alan at 2026-11-22 06:05", json.ToJsonString(), StringComparison.Ordinal);
        // The zone is said once, at the card's foot, not after every time.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json.ToJsonString(), "UTC"));
        Assert.Contains("times in UTC (+00:00)", System.Text.RegularExpressions.Regex.Unescape(json.ToJsonString()), StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiredApproval_SaysItExpired()
    {
        var json = CardJson.Serialize(TeamsCardRenderer.Render(SampleViews.Expired())!);

        Assert.Contains("Expired at 2026-11-22 10:00 without a decision", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Execute", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(21, "about 21 min")]
    [InlineData(65, "about 1 h 5 min")]
    public void PlanCard_Estimate_ReadsAsADuration_NotAClockTime(int minutes, string expected)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(CardJson.Serialize(
            TeamsCardRenderer.Render(SampleViews.OpenPlan() with { EstimatedDuration = TimeSpan.FromMinutes(minutes) })!));

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("about 21:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressCard_MarksEveryStepAndDrawsTheBar()
    {
        var card = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.Progress())!);
        var text = System.Text.RegularExpressions.Regex.Unescape(card.ToJsonString());

        foreach (var mark in new[] { "✓ 2.", "▶ 3.", "· 4.", "⤼ 5.", "⏸ 6.", "✗ 7." })
        {
            Assert.Contains(mark, text, StringComparison.Ordinal);
        }

        // Step durations in words: "12 s", never a clock-like "(0:12)".
        Assert.Contains("running · 12 s", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(0:", text, StringComparison.Ordinal);
        // Each step its own paragraph: a single line break would run them together in Teams.
        Assert.Contains("\n\n▶ 3.", text, StringComparison.Ordinal);
        var bar = card["body"]!.AsArray().Single(e => (string)e!["type"]! == "ColumnSet")!["columns"]!.AsArray();
        Assert.Equal([3, 4], bar.Select(c => (int)c!["width"]!));
        Assert.Single(CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.NotStarted())!)["body"]!.AsArray().Single(e => (string)e!["type"]! == "ColumnSet")!["columns"]!.AsArray());
    }

    [Fact]
    public void InventoryCard_OneRowOfCountsPerNode_ExpiredRowsInAttention_AndAnAllCertificatesButtonEach()
    {
        var card = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.Inventory())!);
        var table = card["body"]!.AsArray().Single(e => (string)e!["type"]! == "Table")!;
        var rows = table["rows"]!.AsArray();

        Assert.Equal(6, rows.Count);
        Assert.Equal(["Node", "Identity valid", "Expiring ≤ 30 d", "Expired", "Trust expired", "Services down", ""], rows[0]!["cells"]!.AsArray().Select(c => (string)c!["items"]![0]!["text"]!));
        // cucm-sub1 has an expired tomcat; cucm-sub2 an ipsec expiring in 2 days (and expired trust: attention wins); cucm-sub4 was not read.
        Assert.Equal(["cucm-sub1", "7", "0", "1", "2", "0"], rows[2]!["cells"]!.AsArray().Take(6).Select(c => (string)c!["items"]![0]!["text"]!));
        Assert.Equal(["Attention", "Attention", "Attention", "Attention", "Attention"], rows.Skip(1).Select(r => (string)r!["style"]!));
        Assert.Equal("CUCM subscriber · not read", (string)rows[5]!["cells"]![0]!["items"]![1]!["text"]!);
        var button = rows[3]!["cells"]![6]!["items"]![0]!["actions"]![0]!;
        Assert.Equal(("Action.Execute", "All certificates", ChatVerbs.ShowAll, "cucm-sub2"), ((string)button["type"]!, (string)button["title"]!, (string)button["verb"]!, (string)button["data"]![ChatVerbs.NodeKey]!));
        Assert.Equal(ChatVerbs.ShowAll, (string)button["fallback"]!["data"]!["verb"]!);
        var text = System.Text.RegularExpressions.Regex.Unescape(card.ToJsonString());
        Assert.Contains("cucm-sub1 · own tomcat: tomcat.pem · expired 2026-11-18 (4 days ago)", text, StringComparison.Ordinal);
        Assert.Contains("Not read", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FailureCard_OffersRetrySkipAbort_UntilResolved()
    {
        var open = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.Failure())!);
        var resolved = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.Resolved())!);

        Assert.Equal(["Retry", "Skip", "Abort"], open["actions"]!.AsArray().Select(a => (string)a!["title"]!));
        Assert.Null(resolved["actions"]);
        Assert.Contains("retry of step 7 asked by Rita", resolved.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TextView_IsAMessageNotACard()
    {
        Assert.Null(TeamsCardRenderer.Render(new TextView("hello")));
        var activity = TeamsChatThread.ToActivity(new TextView("hello"));
        Assert.Equal("hello", activity.Text);
        Assert.Null(activity.Attachments);
        Assert.Null(TeamsChatThread.ToActivity(SampleViews.Succeeded()).Text);
        Assert.IsType<JsonObject>(CardJson.ToNode((AdaptiveCard)TeamsChatThread.ToActivity(SampleViews.Succeeded()).Attachments![0].Content!));
    }

    [Fact]
    public void ExpiryCard_ListsWhatCrossed_WithOnePlanButtonPerRemedy_AndSaysNothingRunsBeforeAnApproval()
    {
        var card = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.Expiry())!);
        var json = card.ToJsonString();

        Assert.Contains("lab-east: 3 certificates expire within 30 days", json, StringComparison.Ordinal);
        Assert.Equal([ChatVerbs.PlanRegeneration, ChatVerbs.PlanRenewal, ChatVerbs.PlanPurge], card["actions"]!.AsArray().Select(a => (string)a!["verb"]!));
        Assert.Equal("tomcat", (string)card["actions"]![0]!["data"]![ChatVerbs.UnitKey]!);
        Assert.Equal(ChatVerbs.PlanRenewal, (string)card["actions"]![1]!["fallback"]!["data"]!["verb"]!);
        Assert.Contains("nothing changes before an approver approves", json, StringComparison.Ordinal);
        Assert.Contains("cup-xmpp", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiryDigest_AtTheRowLimit_StaysUnderTeamsMessageSize_AndSaysWhatIsLeftOut()
    {
        var json = CardJson.Serialize(TeamsCardRenderer.Render(SampleViews.Expiry(ViewLimits.ListLines, band: null) with { NotShown = 25 })!);

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(json), 1, 28_000);
        Assert.Contains("Weekly expiry digest of lab-east: 65 certificates", json, StringComparison.Ordinal);
        Assert.Contains("25 more not shown", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiryCard_OfExpiredTrustNoProcedureFixes_HasNoButtons_AndSaysWhy()
    {
        var json = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.ExpiredTrustWithoutActions())!);

        Assert.Null(json["actions"]);
        Assert.Contains("lab-west: 1 certificate expired", json.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("renewed by their issuer", json.ToJsonString(), StringComparison.Ordinal);
    }
}
