using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CertBot.Chat.Storage;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using CertBot.Engine.Storage;
using CertBot.Teams.Cards;
using CertBot.Teams.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Teams.Tests.Endpoint;

/// <summary>
/// A purge of 320 trust entries through the real endpoint and delivery: every card the Connector receives stays under
/// Teams' ~28 KB, `show &lt;run&gt;` posts every entry in pieces that each fit; a run whose posts the Connector keeps
/// refusing is flagged in its journal once, the other runs' cards go on, and the flag clears once posts arrive.
/// </summary>
[Collection(SharedTeamsLab.Name)]
public sealed class LongRunTests(TeamsLab lab) : IAsyncLifetime
{
    private const int Entries = 320;
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        bot = await TeamsBotHost.StartAsync(lab, unreachableAfterFailures: 3);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task PurgeOfHundredsOfEntries_EveryCardFits_AndShowPostsAllOfThemInPieces()
    {
        var run = await PurgeRunInTheThreadAsync();
        var shortId = RunIds.ShortId(run);
        await Eventually(() => connector.Requests.Any(r => r.Body.Contains("Approval needed", StringComparison.Ordinal) && r.Body.Contains(shortId, StringComparison.Ordinal)));

        await bot.PostAsync(Activities.Message(connector.ServiceUrl, $"show {shortId}"));
        await bot.IdleAsync();

        var pieces = connector.Requests.Where(r => Text(r).Contains("every step and the journal", StringComparison.Ordinal)).ToList();
        Assert.True(pieces.Count > 1, $"{pieces.Count} pieces");
        var all = string.Join("\n", pieces.Select(Text));
        for (var i = 0; i < Entries; i++)
        {
            Assert.Contains(FileName(i) + ".pem on cucm-pub", all, StringComparison.Ordinal);
        }

        Assert.All(connector.Requests, r => Assert.True(Encoding.UTF8.GetByteCount(r.Body) < CardJson.MaxBytes, $"{Encoding.UTF8.GetByteCount(r.Body)} bytes: {r.Body[..Math.Min(200, r.Body.Length)]}"));
        // What a person reads of a piece (Teams' HTML tags aside) is one piece; the markup is within the byte limit above.
        Assert.All(pieces, p => Assert.True(Readable(p).Length <= Chat.Views.ViewLimits.PieceCharacters, $"{Readable(p).Length} characters"));
        // The progress card shows the steps around the current one and says how to see them all.
        Assert.Contains(connector.Requests, r => r.Body.Contains("Purge expired trust", StringComparison.Ordinal) && r.Body.Contains($"show {shortId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlanCardOfTheLongPurge_Fits_AndItsShowAllButtonPostsEveryStep()
    {
        await PurgeRunInTheThreadAsync();
        var store = bot.Services.GetRequiredService<IChatStore>();
        var conversation = (await store.GetThreadAsync((await bot.Engine.Runs.ListAsync([], 10, default))[0].Id, default))!.Conversation;
        var plan = PurgePlan();
        var planId = Guid.NewGuid();
        await store.SavePlanAsync(new PendingPlan(planId, "aad:" + TeamsBotHost.RequesterAad, conversation, EngineJson.Serialize(plan), DateTimeOffset.UtcNow), default);
        var card = CertBot.Teams.Rendering.TeamsCardRenderer.Render(Chat.Views.PlanViews.Open(planId, plan, bot.Services.GetRequiredService<EngineOptions>()))!;
        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxBytes - 1);
        var showAll = (JsonObject)CardJson.ToNode(card)["actions"]!.AsArray().Single(a => (string)a!["title"]! == "Show all steps")!;

        var response = await bot.PostAsync(Activities.Execute(connector.ServiceUrl, "plan-card", showAll, TeamsBotHost.RequesterAad, "Rita Requester"));
        await bot.IdleAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var all = string.Join("\n", connector.Requests.Select(Text).Where(t => t.Contains("every step of plan", StringComparison.Ordinal)));
        Assert.All(Enumerable.Range(0, Entries), i => Assert.Contains(FileName(i) + ".pem on cucm-pub", all, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThreadThatRefusesARunsPosts_IsFlaggedOnce_OthersGoOn_AndTheFlagClearsWhenPostsArrive()
    {
        connector.Refuse = body => body.Contains("Purge expired trust", StringComparison.Ordinal);
        var run = await PurgeRunInTheThreadAsync();

        // Refused posts back off 1 s, 2 s, 4 s …: the third failure flags the run; later ones do not again.
        await EventuallyAsync(async () => (await bot.Engine.Runs.ShowAsync(run, default))!.Run.UnreachableSince is not null);
        var refusedWhenFlagged = connector.Refused;
        await EventuallyAsync(() => Task.FromResult(connector.Refused >= refusedWhenFlagged + 1));
        var flagged = await bot.Engine.Runs.ShowAsync(run, default);
        Assert.Single(flagged!.Journal, j => j.Kind == JournalKind.Unreachable);
        Assert.Contains("403", flagged.Journal.Single(j => j.Kind == JournalKind.Unreachable).Message, StringComparison.Ordinal);

        // Another run's thread is not held up by it: a help answer and a new plan card arrive meanwhile.
        await bot.PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        await Eventually(() => connector.Requests.Any(r => Text(r).Contains("Nothing changes before an approver approves", StringComparison.Ordinal)));

        connector.Refuse = null;
        await EventuallyAsync(async () => (await bot.Engine.Runs.ShowAsync(run, default))!.Run.UnreachableSince is null);
        var cleared = await bot.Engine.Runs.ShowAsync(run, default);
        Assert.Single(cleared!.Journal, j => j.Kind == JournalKind.Unreachable);
        Assert.Single(cleared.Journal, j => j.Kind == JournalKind.Reachable);
        Assert.Contains(connector.Requests, r => r.Body.Contains("Approval needed", StringComparison.Ordinal) && r.Body.Contains(RunIds.ShortId(run), StringComparison.Ordinal));
    }

    /// <summary>
    /// A run of a purge plan as the planner builds it (a gate naming every file, one deletion step per entry) in the
    /// thread of a chat conversation: the conversation is the one an ordinary request from that thread recorded.
    /// </summary>
    private async Task<Guid> PurgeRunInTheThreadAsync()
    {
        await bot.PostAsync(Activities.Message(connector.ServiceUrl, "regenerate tomcat on lab-west"));
        var planCard = await Eventually(() => connector.Requests.FirstOrDefault(r => r.Body.Contains("Request approval", StringComparison.Ordinal)));
        var request = (JsonObject)JsonNode.Parse(planCard.Body)!["attachments"]![0]!["content"]!["actions"]!.AsArray().Single(a => (string)a!["title"]! == "Request approval")!;
        var requested = await bot.PostAsync(Activities.Execute(connector.ServiceUrl, planCard.AnsweredId!, request, TeamsBotHost.RequesterAad, "Rita Requester"));
        Assert.Contains("Approval requested", Regex.Unescape(await requested.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var first = Assert.Single(await bot.Engine.Runs.ListAsync([], 10, default)).Id;
        var store = bot.Services.GetRequiredService<IChatStore>();
        var thread = (await store.GetThreadAsync(first, default))!;
        await bot.Engine.Decisions.DecideAsync(new Decision(RunAction.Cancel, first, "aad:" + TeamsBotHost.RequesterAad), default);

        var answer = await bot.Engine.Runs.RequestAsync(PurgePlan(), "aad:" + TeamsBotHost.RequesterAad, default);
        var run = answer.Run ?? throw new InvalidOperationException(answer.Message);
        await store.SaveThreadAsync(new ChatRunThread(run.Id, thread.Conversation, DateTimeOffset.UtcNow), default);
        return run.Id;
    }

    private static Plan PurgePlan()
    {
        var node = new NodeRef("lab-west", "cucm-pub", Product.Cucm, NodeRole.Publisher);
        var doomed = Enumerable.Range(0, Entries).Select(i => new CertificateInfo("tomcat-trust", "tomcat-trust", FileName(i) + ".pem",
            $"CN=expired-ca-{i}", $"CN=expired-ca-{i}", i.ToString("x8", CultureInfo.InvariantCulture), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(1),
            [], true, "RSA", 2048, "sha256RSA", "ab:cd")).ToList();
        var plan = new PlanBuilder();
        plan.Gate($"Approve: delete {doomed.Count} trust certificate(s) on lab-west");
        plan.Gate("Approve the deletions: " + string.Join("; ", doomed.Select(d => $"{d.Store}/{d.File} on {node.Name}")));
        foreach (var certificate in doomed)
        {
            plan.DeleteTrust(node, certificate);
        }

        return plan.Build(ProcedureRequest.PurgeTrust("lab-west"), DateTimeOffset.UtcNow);
    }

    private static string FileName(int i) => $"expired-ca-{i.ToString("D3", CultureInfo.InvariantCulture)}";

    private static string Readable(RecordedRequest request) => System.Net.WebUtility.HtmlDecode(
        System.Text.RegularExpressions.Regex.Replace(Text(request).Replace("<br>", "\n", StringComparison.Ordinal), "<[^>]+>", ""));

    /// <summary>A post's text; "" for a card and for a read without a body (the roster).</summary>
    private static string Text(RecordedRequest request) => request.Body.Length == 0 ? "" : (string?)JsonNode.Parse(request.Body)?["text"] ?? "";

    private async Task<RecordedRequest> Eventually(Func<RecordedRequest?> find)
    {
        RecordedRequest? found = null;
        await EventuallyAsync(() => Task.FromResult((found = find()) is not null));
        return found!;
    }

    private Task Eventually(Func<bool> condition) => EventuallyAsync(() => Task.FromResult(condition()));

    private async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; waited < 300; waited++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("not reached within 30 s; the Connector received: " +
            string.Join(" | ", connector.Requests.Select(r => $"{r.Method} {r.RawTarget} {r.Body[..Math.Min(200, r.Body.Length)]}")));
    }
}
