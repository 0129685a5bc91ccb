using System.Net;
using System.Text.Json.Nodes;
using CertBot.Engine.Runs;
using CertBot.Teams.Tests.Support;
using static CertBot.Teams.Tests.Support.RecordedCards;
using CertBot.Testing;

namespace CertBot.Teams.Tests.Endpoint;

/// <summary>
/// Approvers get the approval card in their personal chat with the bot, through the real <c>/api/messages</c> and a
/// recording Connector: Alan said hi once, so his copy reaches him and the thread's card shows everyone the status
/// (Teams refreshes it into each listed person's own view); Bob never wrote, so the cards name him as not reachable
/// until he says hi. A click on Alan's copy decides the same gate with the same checks, and every copy loses its
/// buttons once the gate is decided or expires. Olga is nobody's approver.
/// </summary>
[Collection(SharedTeamsLab.Name)]
public sealed class ApproverCopyTests(TeamsLab lab) : IAsyncLifetime
{
    private const string BobAad = "44444444-4444-4444-4444-444444444444";
    private const string OutsiderAad = "33333333-3333-3333-3333-333333333333";
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        bot = await TeamsBotHost.StartAsync(lab, settings: Settings(lab));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task GateOpens_AlansCopyReachesHisPersonalChat_TheThreadShowsTheStatus_AndBobIsNamedNotReachable()
    {
        var gate = await GateAsync();

        var copy = Card(gate.Copy);
        Assert.Equal(["Approve", "Reject"], Titles(copy));
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(Personal("Alan"))}/activities", gate.Copy.RawTarget);
        Assert.Null(JsonNode.Parse(gate.Copy.Body)!["replyToId"]);
        var shared = Card(gate.Thread);
        Assert.Empty(Titles(shared));
        Assert.Equal(["29:alan", "29:rita"], shared["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!));
        foreach (var card in new[] { copy, shared })
        {
            Assert.Contains("Sent to Alan in their chat with CertBot.", card.ToJsonString(), StringComparison.Ordinal);
            Assert.Contains("Not reachable yet: Bob (say hi to CertBot once).", card.ToJsonString(), StringComparison.Ordinal);
        }

        var results = await AdaptiveCardsRenderer.CheckJsonAsync(new Dictionary<string, JsonNode> { ["copy"] = copy, ["thread"] = shared });
        Assert.All(results, r => Assert.True(r.Value.Count == 0, $"{r.Key}: {string.Join("; ", r.Value)}"));
    }

    [Fact]
    public async Task Refresh_OfTheThreadsCard_ShowsEachPersonTheirOwnView()
    {
        var gate = await GateAsync();
        var refresh = (JsonObject)Card(gate.Thread)["refresh"]!["action"]!;

        Assert.Equal(["Approve", "Reject"], Titles(await RefreshAsync(gate.ThreadId, refresh, TeamsBotHost.ApproverAad, "Alan Approver")));
        Assert.Equal(["Cancel run"], Titles(await RefreshAsync(gate.ThreadId, refresh, TeamsBotHost.RequesterAad, "Rita Requester")));
        Assert.Empty(Titles(await RefreshAsync(gate.ThreadId, refresh, OutsiderAad, "Olga Outsider")));
        Assert.Equal(RunState.AwaitingApproval, (await bot.Engine.Runs.ShowAsync(gate.RunId, default))!.Run.State);
    }

    [Fact]
    public async Task Approve_OnAlansCopy_DecidesTheGate_AndTheThreadsCardIsUpdatedInPlace()
    {
        var gate = await GateAsync();

        var answer = await ClickAsync(gate.CopyId, gate.Approve, TeamsBotHost.ApproverAad, "Alan Approver", Personal("Alan"));

        Assert.Empty(Titles(answer));
        Assert.Contains("Approved by Alan", answer.ToJsonString(), StringComparison.Ordinal);
        var journal = (await bot.Engine.Runs.ShowAsync(gate.RunId, default))!.Journal;
        Assert.Single(journal, j => j.Kind == JournalKind.Approved && j.Principal == "aad:" + TeamsBotHost.ApproverAad);
        var thread = await Eventually(() => connector.Requests.LastOrDefault(r => r.Method == "PUT" && r.RawTarget.EndsWith("/" + gate.ThreadId, StringComparison.Ordinal)));
        Assert.Empty(Titles(Card(thread)));
        Assert.Contains("Approved by Alan", thread.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAlansCopy_ByTheRequester_IsRefusedAndJournaled()
    {
        var gate = await GateAsync();

        var answer = await ClickAsync(gate.CopyId, gate.Approve, TeamsBotHost.RequesterAad, "Rita Requester", Personal("Alan"));

        await AssertRefusedAsync(gate.RunId, "requested this run");
        Assert.DoesNotContain("Approve", Titles(answer));
    }

    [Fact]
    public async Task OnAlansCopy_ByANonApprover_IsRefusedAndJournaled()
    {
        var gate = await GateAsync();

        var answer = await ClickAsync(gate.CopyId, gate.Approve, OutsiderAad, "Olga Outsider", Personal("Alan"));

        await AssertRefusedAsync(gate.RunId, "is not an approver of lab-west");
        Assert.Empty(Titles(answer));
    }

    [Fact]
    public async Task ReplayedClick_OnAlansCopy_AfterTheGateWasDecidedInTheThread_ChangesNothing_AndTheCopyHadLostItsButtons()
    {
        var gate = await GateAsync();
        // Alan's own view of the thread's card (Teams refreshed it for him) carries the same Approve.
        await ClickAsync(gate.ThreadId, gate.Approve, TeamsBotHost.ApproverAad, "Alan Approver");
        var copy = await Eventually(() => connector.Requests.LastOrDefault(r => r.Method == "PUT" && r.RawTarget.EndsWith("/" + gate.CopyId, StringComparison.Ordinal)));
        Assert.Empty(Titles(Card(copy)));
        Assert.Contains("Approved by Alan", copy.Body, StringComparison.Ordinal);

        var answer = await ClickAsync(gate.CopyId, gate.Approve, TeamsBotHost.ApproverAad, "Alan Approver", Personal("Alan"));

        Assert.Empty(Titles(answer));
        var journal = (await bot.Engine.Runs.ShowAsync(gate.RunId, default))!.Journal;
        Assert.Single(journal, j => j.Kind == JournalKind.Approved);
    }

    [Fact]
    public async Task OnAnExpiredCopy_IsRefusedAndJournaled_AndEveryCopyLosesItsButtons()
    {
        var expiry = TimeSpan.FromSeconds(3);
        await using var expiring = await TeamsBotHost.StartAsync(lab, settings: new Dictionary<string, string?>(Settings(lab)) { ["CertBot:GateExpiry"] = expiry.ToString() });
        var gate = await GateAsync(expiring);
        await Task.Delay(expiry + TimeSpan.FromMilliseconds(500));

        await expiring.PostAsync(Activities.Execute(connector.ServiceUrl, gate.CopyId, gate.Approve, TeamsBotHost.ApproverAad, "Alan Approver").InConversation(Personal("Alan")));
        await expiring.IdleAsync();

        var view = (await expiring.Engine.Runs.ShowAsync(gate.RunId, default))!;
        Assert.DoesNotContain(view.Journal, j => j.Kind == JournalKind.Approved);
        Assert.Contains(view.Journal, j => j.Kind == JournalKind.Refused && j.Message.Contains("expired", StringComparison.Ordinal));
        await expiring.Engine.Runner.ExpireGatesAsync(default);
        foreach (var id in new[] { gate.CopyId, gate.ThreadId })
        {
            var put = await Eventually(() => connector.Requests.LastOrDefault(r => r.Method == "PUT" && r.RawTarget.EndsWith("/" + id, StringComparison.Ordinal)
                && r.Body.Contains("Expired at", StringComparison.Ordinal)));
            Assert.Empty(Titles(Card(put)));
        }
    }

    [Fact]
    public async Task BobSaysHi_WhileTheGateIsOpen_HisCopyReachesHim_AndTheThreadsCardNoLongerNamesHim()
    {
        var gate = await GateAsync();

        await SayHiAsync(BobAad, "Bob Backup");

        var copy = await Eventually(() => connector.Requests.FirstOrDefault(r => r.Method == "POST"
            && r.RawTarget.Contains(Uri.EscapeDataString(Personal("Bob")), StringComparison.Ordinal) && r.Body.Contains("Approval needed", StringComparison.Ordinal)));
        Assert.Equal(["Approve", "Reject"], Titles(Card(copy)));
        var thread = await Eventually(() => connector.Requests.LastOrDefault(r => r.Method == "PUT" && r.RawTarget.EndsWith("/" + gate.ThreadId, StringComparison.Ordinal)));
        Assert.Contains("Sent to Alan, Bob in their chat with CertBot.", thread.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Not reachable yet", thread.Body, StringComparison.Ordinal);
        Assert.Contains("29:bob", Card(thread)["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!));
    }

    /// <summary>Rita (aad requester), Alan and Bob (approvers of every lab cluster), Olga nobody.</summary>
    private static Dictionary<string, string?> Settings(TeamsLab lab)
    {
        var settings = new Dictionary<string, string?>
        {
            ["CertBot:People:0:Name"] = "Rita",
            ["CertBot:People:0:Identities:0"] = "aad:" + TeamsBotHost.RequesterAad,
            ["CertBot:People:1:Name"] = "Alan",
            ["CertBot:People:1:Identities:0"] = "aad:" + TeamsBotHost.ApproverAad,
            ["CertBot:People:2:Name"] = "Bob",
            ["CertBot:People:2:Identities:0"] = "aad:" + BobAad,
        };
        foreach (var (key, _) in LabApprovers.For(lab.CertBotConfigPath, "Bob"))
        {
            settings[key.Replace(":Approvers:0", ":Approvers:1", StringComparison.Ordinal)] = "Bob";
        }

        return settings;
    }

    private static string Personal(string name) => $"a:personal-{name.ToLowerInvariant()}";

    private Task<OpenGate> GateAsync() => GateAsync(bot);

    /// <summary>Alan says hi in his personal chat; Rita asks for a plan on lab-west and requests it; the cards the delivery posts.</summary>
    private async Task<OpenGate> GateAsync(TeamsBotHost host)
    {
        await SayHiAsync(TeamsBotHost.ApproverAad, "Alan Approver", host);
        var before = connector.Requests.Count;
        await host.PostAsync(Activities.Message(connector.ServiceUrl, "regenerate tomcat on lab-west"));
        var plan = await Eventually(() => connector.Requests.Skip(before).FirstOrDefault(r => r.Body.Contains("Request approval", StringComparison.Ordinal)));
        var request = (JsonObject)Card(plan)["actions"]!.AsArray().Single(a => (string)a!["title"]! == "Request approval")!;
        await host.PostAsync(Activities.Execute(connector.ServiceUrl, plan.AnsweredId!, request, TeamsBotHost.RequesterAad, "Rita Requester"));
        bool Gate(RecordedRequest r, string conversation) => r.Method == "POST" && r.Body.Contains("Approval needed", StringComparison.Ordinal)
            && r.RawTarget.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal);
        var thread = await Eventually(() => connector.Requests.Skip(before).FirstOrDefault(r => Gate(r, Activities.Thread)));
        var copy = await Eventually(() => connector.Requests.Skip(before).FirstOrDefault(r => Gate(r, Personal("Alan"))));
        var approve = (JsonObject)Card(copy)["actions"]!.AsArray().Single(a => (string)a!["title"]! == "Approve")!;
        return new OpenGate(Guid.Parse((string)approve["data"]!["run"]!), thread, copy, approve);
    }

    private Task SayHiAsync(string aad, string name) => SayHiAsync(aad, name, bot);

    private async Task SayHiAsync(string aad, string name, TeamsBotHost host)
    {
        var hi = Activities.Message(connector.ServiceUrl, "hi", aad, name).InConversation(Personal(name.Split(' ')[0]));
        hi["text"] = "hi";
        hi.Remove("entities");
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(hi)).StatusCode);
        await host.IdleAsync();
    }

    /// <summary>A manual click; the invoke's answer card (what the clicker sees).</summary>
    private async Task<JsonNode> ClickAsync(string cardId, JsonObject action, string aad, string name, string? conversation = null)
    {
        var click = Activities.Execute(connector.ServiceUrl, cardId, action, aad, name);
        var response = await bot.PostAsync(conversation is null ? click : click.InConversation(conversation));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        await bot.IdleAsync();
        return answer["value"]!;
    }

    /// <summary>Teams' automatic refresh of the card for one person: their own view.</summary>
    private async Task<JsonNode> RefreshAsync(string cardId, JsonObject refresh, string aad, string name)
    {
        var invoke = Activities.Execute(connector.ServiceUrl, cardId, refresh, aad, name);
        invoke["value"]!["trigger"] = "automatic";
        var response = await bot.PostAsync(invoke);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)answer["type"]!);
        return answer["value"]!;
    }

    /// <summary>The run still waits, nothing was approved, and the last journal line is the refusal with its reason.</summary>
    private async Task AssertRefusedAsync(Guid runId, string why)
    {
        var view = (await bot.Engine.Runs.ShowAsync(runId, default))!;
        Assert.Equal(RunState.AwaitingApproval, view.Run.State);
        Assert.DoesNotContain(view.Journal, j => j.Kind == JournalKind.Approved);
        Assert.Equal(JournalKind.Refused, view.Journal[^1].Kind);
        Assert.Contains(why, view.Journal[^1].Message, StringComparison.Ordinal);
    }

    /// <summary>The open gate's card in the thread and Alan's copy, with the Approve action both carry.</summary>
    private sealed record OpenGate(Guid RunId, RecordedRequest Thread, RecordedRequest Copy, JsonObject Approve)
    {
        public string ThreadId => Thread.AnsweredId!;

        public string CopyId => Copy.AnsweredId!;
    }
}
