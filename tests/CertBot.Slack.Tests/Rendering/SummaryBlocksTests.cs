using System.Text.Json;
using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;
using CertBot.Slack.Rendering;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Rendering;

/// <summary>
/// The final message is the maintenance record in Slack too: per node old → new serial and expiry, the services
/// restarted, each step's time in words, who decided when, what is left for people; within Block Kit's limits for
/// 10 and 20 nodes and long purges.
/// </summary>
public sealed class SummaryBlocksTests
{
    private readonly RunViews views = MaintenanceRuns.Views();

    public static TheoryData<string> Runs => ["succeeded", "failed", "purge of long names", "twenty nodes"];

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task LargeRuns_StayWithinSlacksLimits(string name)
    {
        var view = name switch
        {
            "succeeded" => await MaintenanceRuns.RegenerationAsync(10),
            "failed" => await MaintenanceRuns.RegenerationAsync(10, failRestartOf: 3),
            "purge of long names" => await MaintenanceRuns.PurgeAsync(10, 40, "Expired_Contoso_Enterprise_Issuing_Certification_Authority_Generation_2_"),
            _ => await MaintenanceRuns.PurgeAsync(20, 3),
        };

        var message = SlackRenderer.Render(views.Summary(view));

        Assert.Empty(BlockKitLimitCheck.Problems(Json(message)));
        Assert.InRange(message.Blocks.Count, 1, BlockKitLimits.Blocks - 10); // room to spare: nothing was cut
    }

    [Fact]
    public async Task TenNodeRun_NamesEveryNodesOldAndNewSerial_TheApprover_AndStepTimesInWords()
    {
        var text = string.Join("\n", Texts(Json(SlackRenderer.Render(views.Summary(await MaintenanceRuns.RegenerationAsync(10))))));

        Assert.All(Enumerable.Range(0, 10), i => Assert.Contains($"serial {MaintenanceRuns.OldSerial(i)} → {MaintenanceRuns.NewSerial(i)}", text, StringComparison.Ordinal));
        Assert.Contains("approved by Bob at 2026-12-05 08:01", text, StringComparison.Ordinal);
        Assert.Contains("Alice at 2026-12-05 08:00", text, StringComparison.Ordinal);
        Assert.Contains("*Succeeded* after 19 min 40 s", text, StringComparison.Ordinal);
        Assert.Contains("step 12, 1 min 5 s", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\(\d+:\d\d\)|\b\d+:\d\d:\d\d\b", text);
        Assert.Contains(TimeWords.ZoneNote, text, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryMessage_IsTheReferenceBlocks()
    {
        var summary = new SummaryView(SampleViews.RunId, "Regenerate tomcat on lab-east (run 1a2b3c4d)", RunDisplayState.Succeeded, 6, 0, 1, 7, TimeSpan.FromMinutes(12),
            "Rita", ["Approve: regenerate tomcat: approved by Alan at 2026-11-22 06:05"], null, [], [])
        {
            RequestedAt = MaintenanceRuns.Start,
            EndedAt = MaintenanceRuns.Start.AddMinutes(12),
            Nodes = [new NodeRecord("cucm-pub", ["✓ tomcat regenerated: serial 0A1B → 7C2D, expires 2026-12-20 → 2031-11-21 · step 2, 41 s", "✓ Cisco Tomcat restarted · step 4, 1 min 5 s"])],
            FollowUps = ["Phones registered on cucm-pub re-registered after the Cisco CallManager restart"],
        };

        var json = System.Text.Json.Nodes.JsonNode.Parse(BlockKitJson.Serialize(SlackRenderer.Render(summary).Blocks));

        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(Golden), json), json!.ToJsonString(Readable));
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonElement Json(SlackMessage message) => JsonDocument.Parse(BlockKitJson.Serialize(message.Blocks)).RootElement;

    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "text" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Texts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [],
    };

    // The sample's final message: the who and when as fields, the decisions, what changed node by node, what is
    // left for people, and the zone of the times said once.
    private const string Golden = """
    [
      { "type": "header", "text": { "type": "plain_text", "text": "Regenerate tomcat on lab-east (run 1a2b3c4d)" } },
      { "type": "section", "text": { "type": "mrkdwn", "text": ":white_check_mark: *Succeeded* after 12 min" } },
      { "type": "section", "fields": [
          { "type": "mrkdwn", "text": "*Steps*\n6 done, 1 skipped, 0 failed of 7" },
          { "type": "mrkdwn", "text": "*Requested by*\nRita at 2026-12-05 08:00" },
          { "type": "mrkdwn", "text": "*Ended*\n2026-12-05 08:12" } ] },
      { "type": "section", "text": { "type": "mrkdwn", "text": "*Decisions*\n• Approve: regenerate tomcat: approved by Alan at 2026-11-22 06:05" } },
      { "type": "divider" },
      { "type": "section", "text": { "type": "mrkdwn", "text": "*What changed*" } },
      { "type": "section", "text": { "type": "mrkdwn", "text": "*cucm-pub*\n✓ tomcat regenerated: serial 0A1B → 7C2D, expires 2026-12-20 → 2031-11-21 · step 2, 41 s\n✓ Cisco Tomcat restarted · step 4, 1 min 5 s" } },
      { "type": "section", "text": { "type": "mrkdwn", "text": "*Left for people*\n• Phones registered on cucm-pub re-registered after the Cisco CallManager restart" } },
      { "type": "context", "elements": [ { "type": "mrkdwn", "text": "times in UTC (+00:00)" } ] }
    ]
    """;
}
