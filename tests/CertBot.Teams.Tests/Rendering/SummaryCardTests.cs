using System.Text.Json.Nodes;
using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Runs;
using CertBot.Teams.Cards;
using CertBot.Teams.Rendering;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Rendering;

/// <summary>
/// The final card is the maintenance record: per node old → new serial and expiry, the services restarted, each
/// step's time in words, who decided when, what is left for people; a 10-node run fits Teams' 28 KB and every
/// shape renders clean in the official renderer.
/// </summary>
public sealed class SummaryCardTests
{
    private readonly RunViews views = MaintenanceRuns.Views();

    [Fact]
    public async Task TenNodeRuns_FitTeams_AndRenderClean_WhateverTheirEnd()
    {
        var cards = new Dictionary<string, AdaptiveCard>
        {
            ["succeeded"] = Card(await MaintenanceRuns.RegenerationAsync(10)),
            ["failed and aborted"] = Card(await MaintenanceRuns.RegenerationAsync(10, failRestartOf: 3)),
            ["purge of long names"] = Card(await MaintenanceRuns.PurgeAsync(10, 40, "Expired_Contoso_Enterprise_Issuing_Certification_Authority_Generation_2_")),
            ["twenty nodes"] = Card(await MaintenanceRuns.PurgeAsync(20, 3)),
        };

        Assert.All(cards, c => Assert.True(CardJson.SizeInBytes(c.Value) < CardJson.MaxBytes, $"{c.Key}: {CardJson.SizeInBytes(c.Value)} bytes"));
        var results = await AdaptiveCardsRenderer.CheckAsync(cards);
        Assert.All(results, r => Assert.True(r.Value.Count == 0, $"{r.Key}: {string.Join("; ", r.Value)}"));
    }

    [Fact]
    public async Task TenNodeRun_NamesEveryNodesOldAndNewSerial_TheApprover_AndStepTimesInWords()
    {
        var text = string.Join("\n", Texts(CardJson.ToNode(Card(await MaintenanceRuns.RegenerationAsync(10)))));

        Assert.All(Enumerable.Range(0, 10), i => Assert.Contains($"serial {MaintenanceRuns.OldSerial(i)} → {MaintenanceRuns.NewSerial(i)}", text, StringComparison.Ordinal));
        Assert.Contains("approved by Bob at 2026-12-05 08:01", text, StringComparison.Ordinal);
        Assert.Contains("\nAlice at 2026-12-05 08:00\n", text, StringComparison.Ordinal);
        Assert.Contains("\n19 min 40 s\n", text, StringComparison.Ordinal);
        Assert.Contains("step 2, 41 s", text, StringComparison.Ordinal);
        Assert.Contains("step 12, 1 min 5 s", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\(\d+:\d\d\)|\b\d+:\d\d:\d\d\b", text); // never "(0:41)" nor "0:01:05"
        Assert.Contains(TimeWords.ZoneNote, text, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryCard_IsTheReferenceJson()
    {
        var card = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.Succeeded())!);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Golden), card), card.ToJsonString());
    }

    /// <summary>Every text and fact value of the card, in order: what people read.</summary>
    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is "text" or "value" && p.Value is JsonValue).Select(p => (string)p.Value!)
            .Concat(o.Where(p => p.Value is not JsonValue).SelectMany(p => Texts(p.Value))),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    private AdaptiveCard Card(RunView view) => TeamsCardRenderer.Render(views.Summary(view))!;

    // The sample's final card: the who and when as facts, the decisions, what changed node by node, what is left
    // for people, and the zone of the times said once.
    private const string Golden = """
    {
      "type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5",
      "body": [
        { "type": "TextBlock", "text": "Regenerate tomcat on lab-east (run 1a2b3c4d)", "wrap": true, "style": "Heading", "weight": "Bolder", "size": "Medium" },
        { "type": "TextBlock", "text": "Succeeded", "wrap": true, "weight": "Bolder", "color": "Good" },
        { "type": "FactSet", "facts": [
            { "title": "Steps", "value": "6 done, 1 skipped, 0 failed of 7" },
            { "title": "Requested by", "value": "Rita at 2026-11-22 06:00" },
            { "title": "Ended", "value": "2026-11-22 06:12" },
            { "title": "Took", "value": "12 min" } ] },
        { "type": "TextBlock", "text": "Decisions", "wrap": true, "weight": "Bolder", "separator": true },
        { "type": "TextBlock", "text": "- Approve: regenerate tomcat: approved by Alan at 2026-11-22 06:05", "wrap": true },
        { "type": "TextBlock", "text": "What changed", "wrap": true, "weight": "Bolder", "separator": true },
        { "type": "TextBlock", "text": "cucm-pub", "wrap": true, "weight": "Bolder" },
        { "type": "TextBlock", "text": "- ✓ tomcat regenerated: serial 0A1B → 7C2D, expires 2026-12-20 → 2031-11-21 · step 2, 41 s\n- ✓ Cisco Tomcat restarted · step 4, 1 min 5 s", "wrap": true, "spacing": "None" },
        { "type": "TextBlock", "text": "cucm-sub1", "wrap": true, "weight": "Bolder" },
        { "type": "TextBlock", "text": "- ✓ tomcat regenerated: serial 0A1C → 7C2E, expires 2026-12-21 → 2031-11-21 · step 3, 38 s", "wrap": true, "spacing": "None" },
        { "type": "Container", "style": "Emphasis", "items": [
            { "type": "TextBlock", "text": "Left for people", "wrap": true, "weight": "Bolder", "color": "Accent" },
            { "type": "TextBlock", "text": "- Phones registered on cucm-pub re-registered after the Cisco CallManager restart: check that none stayed unregistered", "wrap": true } ] },
        { "type": "TextBlock", "text": "times in UTC (+00:00)", "wrap": true, "size": "Small", "isSubtle": true }
      ],
      "fallbackText": "Regenerate tomcat on lab-east (run 1a2b3c4d): Succeeded",
      "msteams": { "width": "Full" }
    }
    """;
}
