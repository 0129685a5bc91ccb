using System.Text.Json;
using CertBot.Chat;
using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;
using CertBot.Slack.BlockKit;
using CertBot.Slack.Rendering;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Rendering;

/// <summary>
/// The renewal's messages in Block Kit: each CSR's PEM in code blocks that give it back whole (split at line ends when
/// long, and saying so), subject, SANs and key; the installation approval with issuer, SANs, validity and
/// fingerprints; ten nodes within Slack's limits without its last-resort cut.
/// </summary>
public sealed class CsrBlocksTests
{
    private readonly RunViews views = new(new People());

    [Theory]
    [InlineData(10, false)]
    [InlineData(10, true)]
    public void CsrMessage_GivesEveryPemBackWhole_WithinSlacksLimits(int nodes, bool multiServer)
    {
        var (run, gate) = RenewalRuns.Waiting(nodes, multiServer);

        var message = SlackRenderer.Render(views.GateMessage(run, gate));

        var json = Json(message);
        Assert.Empty(BlockKitLimitCheck.Problems(json));
        Assert.DoesNotContain(message.Blocks, b => b is ContextBlock c && c.Elements[0].Text.Contains("more not shown", StringComparison.Ordinal));
        var code = string.Concat(Texts(json).Where(t => t.StartsWith("```", StringComparison.Ordinal)).Select(t => t.Trim('`') + "\n"));
        foreach (var csr in SigningRequestFacts.Of(run.Run.RenewalOrEmpty))
        {
            Assert.Contains(csr.Pem, code, StringComparison.Ordinal);
        }

        var all = string.Join("\n", Texts(json));
        Assert.Contains("RSA 2048-bit", all, StringComparison.Ordinal);
        Assert.Contains($"certificate {RunIds.ShortId(run.Run.Id)}", all, StringComparison.Ordinal);
        Assert.Equal(["cancelRun"], Buttons(json));
    }

    [Fact]
    public void LongCsr_IsSplitAtLineEnds_IntoPartsThatSaySo()
    {
        var (run, gate) = RenewalRuns.Waiting(1, false);
        var view = (CsrView)views.GateMessage(run, gate);
        var csr = view.Requests[0];
        // A CSR three times as long as a section: a 4096-bit key with many names is that size.
        var body = csr.Pem.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal)).ToList();
        var longPem = "-----BEGIN CERTIFICATE REQUEST-----\n" + string.Join("\n", Enumerable.Repeat(body, 4).SelectMany(b => b)) + "\n-----END CERTIFICATE REQUEST-----\n";

        var json = Json(SlackRenderer.Render(view with { Requests = [csr with { Pem = longPem }] }));

        Assert.Empty(BlockKitLimitCheck.Problems(json));
        var parts = Texts(json).Where(t => t.StartsWith("```", StringComparison.Ordinal)).ToList();
        Assert.True(parts.Count > 1, $"{parts.Count} part(s)");
        Assert.Equal(longPem, string.Concat(parts.Select(p => p.Trim('`') + "\n")));
        Assert.Contains(Texts(json), t => t.Contains($"split in {parts.Count} parts", StringComparison.Ordinal));
    }

    [Fact]
    public void InstallationApproval_ShowsWhatWillBeInstalled_WithinSlacksLimits()
    {
        var (run, gate) = RenewalRuns.Answered(10, false);

        var json = Json(SlackRenderer.Render(views.GateMessage(run, gate)));

        Assert.Empty(BlockKitLimitCheck.Problems(json));
        var all = string.Join("\n", Texts(json));
        var material = run.Run.RenewalOrEmpty;
        foreach (var pem in material.Certificates.Values.Concat(material.Chain))
        {
            var facts = CertificateFacts.FromPem(pem);
            Assert.Contains(facts.Sha256, all, StringComparison.Ordinal);
            Assert.Contains(facts.Validity, all, StringComparison.Ordinal);
        }

        Assert.Contains("CertBot Test Issuing CA", all, StringComparison.Ordinal);
        Assert.Equal(["approve", "reject"], Buttons(json));
    }

    [Fact]
    public void AnsweredCsrMessage_HasNoButtons_AndSaysWhoProvided()
    {
        var (run, gate) = RenewalRuns.Waiting(1, false);
        var decided = gate.Decide(GateState.Approved, "slack:UAPPROVER1", RenewalRuns.Now);

        var json = Json(SlackRenderer.Render(views.GateMessage(run with { Run = run.Run with { State = RunState.Running }, Gates = [decided] }, decided)));

        Assert.Empty(Buttons(json));
        Assert.Contains(Texts(json), t => t.StartsWith(":white_check_mark: Signed certificate provided by", StringComparison.Ordinal));
    }

    private static JsonElement Json(SlackMessage message) => JsonDocument.Parse(BlockKitJson.Serialize(message.Blocks)).RootElement;

    private static List<string> Buttons(JsonElement json) =>
        [.. json.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions").SelectMany(b => b.GetProperty("elements").EnumerateArray()).Select(e => e.GetProperty("action_id").GetString()!)];

    private static IEnumerable<string> Texts(JsonElement json)
    {
        foreach (var block in json.EnumerateArray())
        {
            if (block.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.Object)
            {
                yield return text.GetProperty("text").GetString()!;
            }

            foreach (var name in new[] { "fields", "elements" })
            {
                if (block.TryGetProperty(name, out var list))
                {
                    foreach (var item in list.EnumerateArray().Where(i => i.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String))
                    {
                        yield return item.GetProperty("text").GetString()!;
                    }
                }
            }
        }
    }
}
