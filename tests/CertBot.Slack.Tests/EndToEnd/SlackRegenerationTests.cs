using System.Net;
using System.Text.Json;
using CertBot.Cisco.Configuration;
using CertBot.Engine.Configuration;
using CertBot.Cisco.Nodes;
using CertBot.Engine.Model;
using CertBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Slack.Tests.EndToEnd;

/// <summary>
/// The whole Slack flow against the lab, as people would live it in one channel thread: a signed slash command,
/// the plan, the request for approval, the requester's own approval refused, an approver's approval, progress
/// updated in one message, success, and the lab's tomcat certificates really regenerated.
/// </summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackRegenerationTests(SlackLab lab) : SlackBotTests(lab)
{
    private const string Channel = "CUCOPS0001";
    private const string Requester = "UREQUESTER1";
    private const string Cluster = "lab-east";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task RegenerateTomcat_FromSlashCommandToSuccess_AllInOneThreadAndTheSerialsChange()
    {
        var before = await TomcatSerialsAsync();

        // The request: acknowledged at once, the bot posts it in the channel and answers with a plan in its thread.
        using (var ack = await Bot.PostAsync("/slack/commands", SlackPayloads.SlashCommand(Requester, Channel, "regenerate tomcat on lab-east"), SlackPayloads.Form))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        var root = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Channel == Channel && c.ThreadTs is null, "the request's root message");
        var thread = root.Ts!;
        var plan = await Slack.WaitForAsync(c => Posted(c, thread) && c.Buttons.Any(b => b.ActionId == "requestApproval"), "the plan", TimeSpan.FromSeconds(60));
        Assert.Contains("Plan: Regenerate tomcat on lab-east", plan.AllText, StringComparison.Ordinal);
        await ClickAsync(Requester, plan, "requestApproval");

        // The plan loses its buttons; the run's progress message and the approval message come into the thread.
        var closedPlan = await Slack.WaitForAsync(c => c.Method == "chat.update" && c.Ts == plan.Ts, "the plan updated after the request");
        Assert.Empty(closedPlan.Buttons);
        Assert.Contains($"Approval requested by <@{Requester}>", closedPlan.AllText, StringComparison.Ordinal);
        var gate = await Slack.WaitForAsync(c => Posted(c, thread) && c.Buttons.Any(b => b.ActionId == "approve"), "the approval message");
        Assert.Contains("Approval needed", gate.AllText, StringComparison.Ordinal);
        Assert.True(gate.Buttons.Single(b => b.ActionId == "approve").Button.TryGetProperty("confirm", out _), "Approve asks for confirmation");
        var progress = await Slack.WaitForAsync(c => Posted(c, thread) && c.AllText.Contains(" steps · ", StringComparison.Ordinal), "the progress message");

        // The requester may not approve their own run: refused in the thread, the approval stays open.
        await ClickAsync(Requester, gate, "approve");
        var refusal = await Slack.WaitForAsync(c => Posted(c, thread) && c.Text.Contains($"<@{Requester}>: ", StringComparison.Ordinal)
            && (c.Text.Contains("refused", StringComparison.Ordinal) || c.Text.Contains("not allowed", StringComparison.Ordinal)), "the refusal of the requester's approval");
        Assert.DoesNotContain(Slack.Of("chat.update"), c => c.Ts == gate.Ts && c.Buttons.Count == 0);

        // An approver approves: the approval message shows who and when, without buttons; the run goes.
        await ClickAsync(SlackBot.Approver, gate, "approve", comment: "change CHG-1234, window agreed");
        var decided = await Slack.WaitForAsync(c => c.Method == "chat.update" && c.Ts == gate.Ts && c.Buttons.Count == 0, "the decided approval");
        Assert.Matches($@"Approved by <@{SlackBot.Approver}> at \d{{4}}-\d\d-\d\d \d\d:\d\d: ""change CHG-1234, window agreed""", decided.AllText);

        var summary = await DecideLaterGatesUntilTheSummaryAsync(thread, gate.Ts!);
        Assert.Contains("Succeeded", summary.AllText, StringComparison.Ordinal);
        var finalProgress = await Slack.WaitForAsync(c => c.Method == "chat.update" && c.Ts == progress.Ts && c.AllText.Contains("*Succeeded*", StringComparison.Ordinal), "the final progress");

        // One progress message, updated in place, at least once while the steps ran.
        var progressPosts = Slack.Of("chat.postMessage").Where(c => c.AllText.Contains(" steps · ", StringComparison.Ordinal)).ToList();
        Assert.Single(progressPosts);
        var updates = Slack.Of("chat.update").Where(c => c.Ts == progress.Ts).ToList();
        Assert.True(updates.Count >= 2, $"the progress message was updated {updates.Count} time(s)");
        Assert.Matches(@"(\d+)/\1 steps", finalProgress.AllText);

        // Everything in the one thread of the request, in the one channel, but for the approver's copies of the
        // approvals in their direct message (one per approval gate, none with buttons left); every payload within Slack's limits.
        var direct = FakeSlackApi.DirectChannel(SlackBot.Approver);
        Assert.All(Slack.Calls.Where(c => c.Method != "conversations.open" && c.Channel != direct), c => Assert.Equal(Channel, c.Channel));
        Assert.All(Slack.Of("chat.postMessage").Where(c => c != root && c.Channel != direct), c => Assert.Equal(thread, c.ThreadTs));
        var copies = Slack.Of("chat.postMessage").Where(c => c.Channel == direct).ToList();
        Assert.Equal(2, copies.Count);
        Assert.All(copies, copy => Assert.Contains(Slack.Of("chat.update"), u => u.Channel == direct && u.Ts == copy.Ts && u.Buttons.Count == 0));
        Assert.All(Slack.Calls.Where(c => c.Blocks.ValueKind == JsonValueKind.Array), c => Assert.Empty(BlockKitLimitCheck.Problems(c.Blocks)));
        Assert.True(refusal.At < decided.At);

        // And the cluster really changed: every node's tomcat certificate is a new one.
        var after = await TomcatSerialsAsync();
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, b => Assert.NotEqual(b.Value, after[b.Key]));
    }

    /// <summary>
    /// The procedure has more gates: IM and Presence needs a person in CUCM Administration (high availability off
    /// and on again: Done), and the restarts are approved on their own. The approver answers each one as it comes
    /// into the thread, until the run's summary arrives.
    /// </summary>
    private async Task<RecordedSlackCall> DecideLaterGatesUntilTheSummaryAsync(string thread, string firstGate)
    {
        var deadline = DateTimeOffset.UtcNow + RunTimeout;
        var decided = new HashSet<string> { firstGate };
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (Slack.Calls.FirstOrDefault(c => Posted(c, thread) && c.Text.Contains(": Succeeded", StringComparison.Ordinal)) is { } summary)
            {
                return summary;
            }

            if (Slack.Calls.FirstOrDefault(c => Posted(c, thread) && !decided.Contains(c.Ts!)
                && c.Buttons.Any(b => b.ActionId is "confirm" or "approve")) is { } ask)
            {
                decided.Add(ask.Ts!);
                await ClickAsync(SlackBot.Approver, ask, ask.Buttons.Any(b => b.ActionId == "confirm") ? "confirm" : "approve");
                await Slack.WaitForAsync(c => c.Method == "chat.update" && c.Ts == ask.Ts && c.Buttons.Count == 0, "the decided gate's message");
            }

            await Task.Delay(100);
        }

        return await Slack.WaitForAsync(c => Posted(c, thread) && c.Text.Contains(": Succeeded", StringComparison.Ordinal), "the summary", TimeSpan.Zero);
    }

    private static bool Posted(RecordedSlackCall call, string thread) => call.Method == "chat.postMessage" && call.ThreadTs == thread;

    private async Task ClickAsync(string user, RecordedSlackCall message, string actionId, string? comment = null)
    {
        var value = message.Buttons.Single(b => b.ActionId == actionId).Value;
        using var response = await Bot.PostAsync("/slack/interactivity", SlackPayloads.Click(user, Channel, message.Ts!, message.ThreadTs!, actionId, value, comment), SlackPayloads.Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<Dictionary<string, string>> TomcatSerialsAsync()
    {
        var options = Bot.Services.GetRequiredService<EngineOptions>();
        var port = Bot.Services.GetRequiredService<CiscoNodePort>();
        var cluster = options.Clusters.Single(c => c.Name == Cluster);
        var serials = new Dictionary<string, string>();
        foreach (var node in cluster.Nodes)
        {
            await using var session = await port.OpenAsync(NodeDirectory.ToRef(cluster, node), CancellationToken.None);
            var tomcat = await session.GetCertificateAsync(CertificateInfo.OwnStore, "tomcat", "tomcat.pem", CancellationToken.None);
            serials[node.Name] = tomcat.Serial;
        }

        return serials;
    }
}
