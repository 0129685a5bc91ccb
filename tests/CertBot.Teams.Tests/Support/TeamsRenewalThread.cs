using System.Net;
using System.Text.Json.Nodes;
using CertBot.Engine.Runs;
using CertBot.Testing;

namespace CertBot.Teams.Tests.Support;

/// <summary>
/// A renewal's Teams thread driven through the real <c>/api/messages</c>, as people drive it: Rita asks and requests
/// approval, Alan approves on his own view of each card, answers are pasted; every wait is for the bot's own post to
/// the recording connector. Shared by the P9 tests so each says only what it proves.
/// </summary>
internal sealed class TeamsRenewalThread(TeamsBotHost bot, RecordingConnector connector)
{
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Asks for <paramref name="request"/>, requests approval, has Alan approve: the run goes to its CSR.</summary>
    public async Task<(Guid Run, RecordedRequest Plan)> StartAsync(string request)
    {
        var known = (await bot.Engine.Runs.ListAsync([], 100, default)).Select(r => r.Id).ToHashSet();
        await SayAsync(request);
        var plan = await PostedAsync(r => r.Body.Contains("Request approval", StringComparison.Ordinal), "the plan card");
        await ClickAsync(plan, "Request approval", TeamsBotHost.RequesterAad, "Rita Requester");
        var run = (await bot.Engine.Runs.ListAsync([], 100, default)).Single(r => !known.Contains(r.Id)).Id;
        var first = await PostedAsync(r => r.Body.Contains("Approval needed", StringComparison.Ordinal) && r.Body.Contains(RunIds.ShortId(run), StringComparison.Ordinal), "the first approval");
        await ClickAsync(first, "Approve", TeamsBotHost.ApproverAad, "Alan Approver");
        return (run, plan);
    }

    public async Task SayAsync(string text, string aad = TeamsBotHost.RequesterAad, string name = "Rita Requester")
    {
        using var response = await bot.PostAsync(Activities.Message(connector.ServiceUrl, text, aad, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.IdleAsync();
    }

    /// <summary>An answer that must change nothing: the refusal names the reason, the run still waits for the certificate.</summary>
    public async Task AnswerRefusedAsync(Guid run, string text, string reason, string aad = TeamsBotHost.RequesterAad, string name = "Rita Requester")
    {
        var seen = connector.Requests.Count;
        await SayAsync(text, aad, name);
        var refusal = await PostedAsync(r => Text(r).Contains(reason, StringComparison.Ordinal), $"the refusal '{reason}'", from: seen);
        Assert.StartsWith("⛔", Text(refusal), StringComparison.Ordinal);
        var view = (await bot.Engine.Runs.ShowAsync(run, default))!;
        Assert.Equal(RunState.AwaitingApproval, view.Run.State);
        Assert.Contains(view.Gates, g => g.IsOpen && g.Kind == GateKind.Certificate);
        Assert.Empty(view.Run.RenewalOrEmpty.Certificates);
    }

    /// <summary>Alan decides every later gate (installation, restarts, PRG high availability, the Jabber note) as they come, until the run ends.</summary>
    public Task<RunState> DecideUntilTheEndAsync(Guid run)
    {
        var decided = new HashSet<string>();
        return GateDecider.DecideUntilTheEndAsync(bot.Engine.Runs, run, RunTimeout, async () =>
        {
            if (connector.Requests.FirstOrDefault(r => r.Method == "POST" && r.AnsweredId is not null && !decided.Contains(r.AnsweredId)
                && (r.Body.Contains("Approval needed", StringComparison.Ordinal) || r.Body.Contains("Confirmation needed", StringComparison.Ordinal))) is { } next)
            {
                decided.Add(next.AnsweredId!);
                var actions = (await ViewAsync(next, TeamsBotHost.ApproverAad, "Alan Approver"))["actions"]?.AsArray() ?? [];
                if (actions.Count > 0)
                {
                    await ClickAsync(next, actions.Any(a => (string)a!["title"]! == "Done") ? "Done" : "Approve", TeamsBotHost.ApproverAad, "Alan Approver");
                }
            }
        });
    }

    /// <summary>
    /// The card as this person sees it: once CertBot knows the approvers' Teams ids the shared card shows only the
    /// status, and Teams' automatic refresh gives each listed person their own view with their buttons.
    /// </summary>
    public async Task<JsonNode> ViewAsync(RecordedRequest cardPost, string aad, string name)
    {
        var card = JsonNode.Parse(cardPost.Body)!["attachments"]![0]!["content"]!;
        if (card["actions"] is JsonArray || card["refresh"]?["action"] is not JsonObject refresh)
        {
            return card;
        }

        var invoke = Activities.Execute(connector.ServiceUrl, cardPost.AnsweredId!, (JsonObject)refresh.DeepClone(), aad, name);
        invoke["value"]!["trigger"] = "automatic";
        using var response = await bot.PostAsync(invoke);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    public async Task ClickAsync(RecordedRequest cardPost, string title, string aad, string name)
    {
        var action = (JsonObject)(await ViewAsync(cardPost, aad, name))["actions"]!.AsArray().Single(a => (string)a!["title"]! == title)!.DeepClone();
        using var response = await bot.PostAsync(Activities.Execute(connector.ServiceUrl, cardPost.AnsweredId!, action, aad, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.IdleAsync();
    }

    /// <summary>A message or card the bot posted (from the <paramref name="from"/>th request on).</summary>
    public async Task<RecordedRequest> PostedAsync(Func<RecordedRequest, bool> match, string what, TimeSpan? timeout = null, int from = 0, Guid? run = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (connector.Requests.Skip(from).FirstOrDefault(r => r.Method == "POST" && match(r)) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        var journal = run is { } id ? string.Join(" / ", (await bot.Engine.Runs.ShowAsync(id, default))!.Journal.TakeLast(8).Select(j => $"{j.Kind}: {j.Message}")) : "";
        throw new TimeoutException($"{what} did not come; {journal}; the last posts: " +
            string.Join(" | ", connector.Requests.TakeLast(6).Select(r => $"{r.Method} {r.Body[..Math.Min(300, r.Body.Length)]}")));
    }

    /// <summary>The text of a posted message.</summary>
    public static string Text(RecordedRequest request) => request.Body.Length == 0 ? "" : (string?)JsonNode.Parse(request.Body)?["text"] ?? "";
}
