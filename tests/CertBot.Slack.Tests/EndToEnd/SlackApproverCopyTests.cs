using System.Net;
using CertBot.Engine.Runs;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.EndToEnd;

/// <summary>
/// The approver's copy of an approval in Slack, through the signed endpoints and the loopback Web API: when the
/// gate opens, CertBot opens the approver's direct message (<c>conversations.open</c>) and posts the card there
/// too; a click in that direct message decides the same gate (here a rejection, so the shared lab is not
/// changed), and both messages are updated in place without buttons.
/// </summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackApproverCopyTests(SlackLab lab) : SlackBotTests(lab)
{
    private const string Channel = "CCOPIES001";
    private const string Requester = "UREQUESTER2";

    [Fact]
    public async Task GateOpens_TheApproverGetsACopyInTheirDirectMessage_ARejectThereDecidesIt_AndBothMessagesLoseTheirButtons()
    {
        using (var ack = await Bot.PostAsync("/slack/commands", SlackPayloads.SlashCommand(Requester, Channel, "regenerate tomcat on lab-west"), SlackPayloads.Form))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        var root = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Channel == Channel && c.ThreadTs is null, "the request's root message");
        var plan = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.ThreadTs == root.Ts && c.Buttons.Any(b => b.ActionId == "requestApproval"), "the plan", TimeSpan.FromSeconds(60));
        await ClickAsync(Requester, Channel, plan, "requestApproval");

        var shared = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.ThreadTs == root.Ts && c.Buttons.Any(b => b.ActionId == "approve"), "the approval in the thread");
        var direct = FakeSlackApi.DirectChannel(SlackBot.Approver);
        Assert.Contains(Slack.Of("conversations.open"), c => c.Get("users") == SlackBot.Approver);
        var copy = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Channel == direct, "the approver's copy");
        Assert.Null(copy.ThreadTs);
        Assert.Equal(["approve", "reject"], copy.Buttons.Select(b => b.ActionId));
        Assert.Equal(shared.Buttons.Single(b => b.ActionId == "approve").Value, copy.Buttons.Single(b => b.ActionId == "approve").Value);
        Assert.Contains($"Sent to slack:{SlackBot.Approver} in their chat with CertBot.", copy.AllText, StringComparison.Ordinal);
        Assert.Empty(BlockKitLimitCheck.Problems(copy.Blocks));

        await ClickAsync(SlackBot.Approver, direct, copy, "reject", comment: "not in this window");

        foreach (var message in new[] { shared, copy })
        {
            var decided = await Slack.WaitForAsync(c => c.Method == "chat.update" && c.Ts == message.Ts && c.Channel == message.Channel && c.Buttons.Count == 0, $"the decided message in {message.Channel}");
            Assert.Contains("Rejected by", decided.AllText, StringComparison.Ordinal);
        }

        var run = Guid.Parse(System.Text.Json.JsonDocument.Parse(copy.Buttons[0].Value).RootElement.GetProperty("run").GetString()!);
        var journal = (await Bot.Engine.Runs.ShowAsync(run, default))!.Journal;
        Assert.Single(journal, j => j.Kind == JournalKind.Rejected && j.Principal == "slack:" + SlackBot.Approver);
    }

    private async Task ClickAsync(string user, string channel, RecordedSlackCall message, string actionId, string? comment = null)
    {
        var value = message.Buttons.Single(b => b.ActionId == actionId).Value;
        using var response = await Bot.PostAsync("/slack/interactivity",
            SlackPayloads.Click(user, channel, message.Ts!, message.ThreadTs ?? message.Ts!, actionId, value, comment), SlackPayloads.Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
