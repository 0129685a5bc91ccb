using System.Net;
using CertBot.Engine.Runs;
using CertBot.Testing;

namespace CertBot.Slack.Tests.Support;

/// <summary>
/// A renewal's thread in a Slack channel, driven as people drive it: the requester mentions the bot and asks, the
/// approver clicks, answers are pasted or shared in the thread; every wait is for the bot's own post. Shared by the
/// P9 tests so each says only what it proves.
/// </summary>
internal sealed class SlackRenewalThread(SlackBot bot, FakeSlackApi slack, string channel, string thread)
{
    public const string Requester = "UREQUESTER1";
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);
    private static int events;

    public string Thread => thread;

    /// <summary>Asks for <paramref name="request"/>, requests approval, has the approver approve: the run goes to its CSR.</summary>
    public async Task<Guid> StartAsync(string request)
    {
        var known = (await bot.Engine.Runs.ListAsync([], 100, default)).Select(r => r.Id).ToHashSet();
        await MentionAsync(request, thread: null, ts: thread);
        var plan = await PostedAsync(c => c.Buttons.Any(b => b.ActionId == "requestApproval"), "the plan", TimeSpan.FromSeconds(60));
        await ClickAsync(Requester, plan, "requestApproval");
        var gate = await PostedAsync(c => c.Buttons.Any(b => b.ActionId == "approve"), "the first approval");
        await ClickAsync(SlackBot.Approver, gate, "approve");
        return (await bot.Engine.Runs.ListAsync([], 100, default)).Single(r => !known.Contains(r.Id)).Id;
    }

    /// <summary>The requester mentions the bot in the thread.</summary>
    public Task MentionAsync(string text) => MentionAsync(text, thread, NextTs());

    /// <summary>A file shared in the thread with a mention, as Slack delivers it.</summary>
    public Task ShareFileAsync(string text, string fileName, string content)
    {
        slack.Files[fileName] = content;
        return EventAsync(SlackPayloads.FileShare(NextEvent(), Requester, channel, NextTs(), $"<@{SlackPayloads.BotUser}> {text}",
            fileName, slack.FileUrl(fileName), content.Length, thread));
    }

    /// <summary>A message the bot posted in this thread.</summary>
    public Task<RecordedSlackCall> PostedAsync(Func<RecordedSlackCall, bool> match, string what, TimeSpan? timeout = null, int from = 0) =>
        slack.WaitForAsync(c => Posted(c) && match(c) && IndexOf(c) >= from, what, timeout);

    /// <summary>An answer that must change nothing: refused with <paramref name="reason"/>, the certificate gate still open.</summary>
    public async Task RefusedAsync(Guid run, string text, string reason)
    {
        var seen = slack.Calls.Count;
        await MentionAsync(text);
        var refusal = await PostedAsync(c => c.Text.Contains(reason, StringComparison.Ordinal), $"the refusal '{reason}'", from: seen);
        Assert.StartsWith("⛔", refusal.Text, StringComparison.Ordinal);
        var view = (await bot.Engine.Runs.ShowAsync(run, default))!;
        Assert.Contains(view.Gates, g => g.IsOpen && g.Kind == GateKind.Certificate);
        Assert.Empty(view.Run.RenewalOrEmpty.Certificates);
    }

    /// <summary>The approver decides every later gate (installation, restarts, the Jabber note) as they come, until the run ends.</summary>
    public Task<RunState> DecideUntilTheEndAsync(Guid run)
    {
        var decided = new HashSet<string>();
        return GateDecider.DecideUntilTheEndAsync(bot.Engine.Runs, run, RunTimeout, async () =>
        {
            if (slack.Calls.FirstOrDefault(c => Posted(c) && !decided.Contains(c.Ts!) && c.Buttons.Any(b => b.ActionId is "confirm" or "approve")) is { } ask)
            {
                decided.Add(ask.Ts!);
                await ClickAsync(SlackBot.Approver, ask, ask.Buttons.Any(b => b.ActionId == "confirm") ? "confirm" : "approve");
            }
        });
    }

    public async Task ClickAsync(string user, RecordedSlackCall message, string actionId)
    {
        var value = message.Buttons.Single(b => b.ActionId == actionId).Value;
        using var response = await bot.PostAsync("/slack/interactivity", SlackPayloads.Click(user, channel, message.Ts!, message.ThreadTs!, actionId, value), SlackPayloads.Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task MentionAsync(string text, string? thread, string ts) =>
        await EventAsync(SlackPayloads.Mention(NextEvent(), Requester, channel, ts, $"<@{SlackPayloads.BotUser}> {text}", thread));

    private async Task EventAsync(string body)
    {
        using var response = await bot.PostAsync("/slack/events", body, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private bool Posted(RecordedSlackCall call) => call.Method == "chat.postMessage" && call.ThreadTs == thread;

    private int IndexOf(RecordedSlackCall call) => slack.Calls.ToList().IndexOf(call);

    private static string NextEvent() => $"Ev0RENEW{Interlocked.Increment(ref events):0000}";

    private static string NextTs() => $"1700009000.{Interlocked.Increment(ref events):000000}";
}
