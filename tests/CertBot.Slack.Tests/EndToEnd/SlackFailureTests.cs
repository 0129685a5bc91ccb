using System.Net;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.EndToEnd;

/// <summary>A step that fails on the lab: the failure message with Retry / Skip / Abort in the thread, settled by a click.</summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackFailureTests(SlackLab lab) : SlackBotTests(lab)
{
    private const string Channel = "CFAILURE01";
    private const string Requester = "UREQFAIL01";

    [Fact]
    public async Task FailedRegeneration_PostsRetrySkipAbort_AbortByTheRequesterSettlesItAndTheRunFails()
    {
        await using (await lab.InjectFaultAsync("lab-west", "cucm-sub1", "fail", "set cert regen"))
        {
            const string thread = "1700000900.000100";
            using (var ack = await Bot.PostAsync("/slack/events",
                SlackPayloads.Mention("EvFAIL0001", Requester, Channel, thread, "<@UBOT0001> regenerate tomcat cucm on lab-west"), SlackPayloads.Json))
            {
                Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            }

            var plan = await Slack.WaitForAsync(c => Posted(c, thread) && c.Buttons.Any(b => b.ActionId == "requestApproval"), "the plan", TimeSpan.FromSeconds(60));
            await ClickAsync(Requester, plan, "requestApproval");
            var gate = await Slack.WaitForAsync(c => Posted(c, thread) && c.Buttons.Any(b => b.ActionId == "approve"), "the approval message");
            await ClickAsync(SlackBot.Approver, gate, "approve");

            var failure = await Slack.WaitForAsync(c => Posted(c, thread) && c.Buttons.Any(b => b.ActionId == "abort"), "the failure message", TimeSpan.FromMinutes(2));
            Assert.Equal(["retry", "skip", "abort"], failure.Buttons.Select(b => b.ActionId));
            Assert.True(failure.Buttons.Single(b => b.ActionId == "skip").Button.TryGetProperty("confirm", out _), "Skip asks for confirmation");
            Assert.Contains("cucm-sub1", failure.AllText, StringComparison.Ordinal);
            Assert.Empty(BlockKitLimitCheck.Problems(failure.Blocks));

            await ClickAsync(Requester, failure, "abort");

            var settled = await Slack.WaitForAsync(c => c.Method == "chat.update" && c.Ts == failure.Ts && c.Buttons.Count == 0, "the settled failure message");
            Assert.Contains($"borted by <@{Requester}>", settled.AllText, StringComparison.Ordinal);
            var summary = await Slack.WaitForAsync(c => Posted(c, thread) && c.Text.EndsWith(": Failed", StringComparison.Ordinal), "the summary");
            Assert.Contains(":x: *Failed*", summary.AllText, StringComparison.Ordinal);
            // Everything in the thread; only the approver's copy of the approval went to their direct message.
            Assert.All(Slack.Of("chat.postMessage").Where(c => c.Channel != FakeSlackApi.DirectChannel(SlackBot.Approver)), c => Assert.Equal(thread, c.ThreadTs));
            Assert.Single(Slack.Of("chat.postMessage"), c => c.Channel == FakeSlackApi.DirectChannel(SlackBot.Approver));
        }
    }

    private static bool Posted(RecordedSlackCall call, string thread) => call.Method == "chat.postMessage" && call.ThreadTs == thread;

    private async Task ClickAsync(string user, RecordedSlackCall message, string actionId)
    {
        var value = message.Buttons.Single(b => b.ActionId == actionId).Value;
        using var response = await Bot.PostAsync("/slack/interactivity", SlackPayloads.Click(user, Channel, message.Ts!, message.ThreadTs!, actionId, value), SlackPayloads.Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
