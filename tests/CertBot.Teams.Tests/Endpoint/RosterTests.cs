using System.Net;
using System.Text.Json.Nodes;
using CertBot.Chat.Storage;
using CertBot.Engine.Runs;
using CertBot.Teams.Tests.Support;
using static CertBot.Teams.Tests.Support.RecordedCards;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Teams.Tests.Endpoint;

/// <summary>
/// The approvers' Teams ids from the conversation's roster (<c>GET …/pagedmembers</c> on a real loopback Connector),
/// through the real <c>/api/messages</c>: Alan never wrote to the bot, yet the thread's approval card lists his
/// <c>29:</c> id in <c>refresh.userIds</c>, matched by his Entra object id and never by his name; the roster is asked
/// once per unknown approver, page by page only as far as needed; a roster that fails leaves the card working
/// without user-specific views.
/// </summary>
[Collection(SharedTeamsLab.Name)]
public sealed class RosterTests(TeamsLab lab) : IAsyncLifetime
{
    private const string OutsiderAad = "33333333-3333-3333-3333-333333333333";
    private const string ChannelRoster = "/v3/conversations/19%3Aops%40thread.tacv2/pagedmembers?pageSize=500";
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        bot = await TeamsBotHost.StartAsync(lab, settings: new Dictionary<string, string?>
        {
            ["CertBot:People:0:Name"] = "Rita",
            ["CertBot:People:0:Identities:0"] = "aad:" + TeamsBotHost.RequesterAad,
            ["CertBot:People:1:Name"] = "Alan",
            ["CertBot:People:1:Identities:0"] = "aad:" + TeamsBotHost.ApproverAad,
        });
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task AlanNeverWrote_TheChannelsRosterNamesHim_TheThreadsCardGivesHimHisOwnView_AndTheRosterIsAskedOnce()
    {
        connector.Roster = _ => (200, Page(null, Member("29:rita-roster", "Rita Requester", TeamsBotHost.RequesterAad), Member("29:alan-roster", "Alan Approver", TeamsBotHost.ApproverAad)));

        var first = await GateAsync("lab-west");

        var card = Card(first);
        Assert.Equal(["29:alan-roster", "29:rita"], UserIds(card));
        Assert.Empty(Titles(card));
        Assert.Contains("Not reachable yet: Alan (say hi to CertBot once).", first.Body, StringComparison.Ordinal);
        Assert.Equal([ChannelRoster], RosterCalls());
        var alan = Assert.Single(await Store().ContactsAsync(["aad:" + TeamsBotHost.ApproverAad], default));
        Assert.Equal(("29:alan-roster", null), (alan.UserId, alan.Personal));

        // His own view of the card (Teams refreshes it for him) offers him Approve / Reject.
        var refresh = (JsonObject)card["refresh"]!["action"]!;
        var own = await InvokeAsync(first.AnsweredId!, refresh, TeamsBotHost.ApproverAad, "Alan Approver", "automatic");
        Assert.Equal(["Approve", "Reject"], Titles(own));

        // A second run's gate: Alan is known now (by the id his own invoke carried, which is what Teams sends): the
        // roster is not asked again.
        var second = await GateAsync("lab-east");
        Assert.Equal(["29:alan", "29:rita"], UserIds(Card(second)));
        Assert.Single(RosterCalls());
    }

    [Fact]
    public async Task TheRosterIsReadPageByPage_AndNoFurtherThanAlan()
    {
        connector.Roster = target => target.Contains("continuationToken=page%2F2", StringComparison.Ordinal)
            ? (200, Page("page/3", Member("29:alan-roster", "Alan Approver", TeamsBotHost.ApproverAad)))
            : (200, Page("page/2", Member("29:omar", "Omar Ops", OutsiderAad)));

        var gate = await GateAsync("lab-west");

        Assert.Equal(["29:alan-roster", "29:rita"], UserIds(Card(gate)));
        Assert.Equal([ChannelRoster, ChannelRoster + "&continuationToken=page%2F2"], RosterCalls());
    }

    [Fact]
    public async Task SomeoneWithAlansNameButAnotherEntraId_IsNotTakenForHim()
    {
        connector.Roster = _ => (200, Page(null, Member("29:impostor", "Alan Approver", OutsiderAad), Member("29:no-aad", "Alan Approver", null)));

        var gate = await GateAsync("lab-west");

        // No approver's id is known: no user-specific views, and the card's buttons are everyone's (the engine checks each click).
        var card = Card(gate);
        Assert.Null(card["refresh"]?["userIds"]);
        Assert.Equal(["Approve", "Reject"], Titles(card));
        Assert.DoesNotContain("29:impostor", gate.Body, StringComparison.Ordinal);
        Assert.Empty(await Store().ContactsAsync(["aad:" + TeamsBotHost.ApproverAad, "aad:" + OutsiderAad], default));
        await InvokeAsync(gate.AnsweredId!, Action(card, "Approve"), OutsiderAad, "Alan Approver", "manual");
        var view = (await bot.Engine.Runs.ShowAsync(RunId(card), default))!;
        Assert.Equal(RunState.AwaitingApproval, view.Run.State);
        Assert.Contains("is not an approver", view.Journal[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""")]
    [InlineData(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""")]
    [InlineData(200, "<html>a proxy's page</html>")]
    public async Task ARosterThatFails_LeavesTheCardWorking_WithoutUserSpecificViews(int status, string body)
    {
        connector.Roster = _ => (status, body);

        var gate = await GateAsync("lab-west");

        var card = Card(gate);
        Assert.Null(card["refresh"]?["userIds"]);
        Assert.Equal(["Approve", "Reject"], Titles(card));
        Assert.Single(RosterCalls());
        var answer = await InvokeAsync(gate.AnsweredId!, Action(card, "Approve"), TeamsBotHost.ApproverAad, "Alan Approver", "manual");
        Assert.Empty(Titles(answer));
        var view = (await bot.Engine.Runs.ShowAsync(RunId(card), default))!;
        Assert.Single(view.Journal, j => j.Kind == JournalKind.Approved && j.Principal == "aad:" + TeamsBotHost.ApproverAad);
    }

    /// <summary>Rita asks in the channel for a plan and requests it: the approval card the delivery posts in the thread.</summary>
    private async Task<RecordedRequest> GateAsync(string cluster)
    {
        var before = connector.Requests.Count;
        await bot.PostAsync(Activities.Message(connector.ServiceUrl, $"regenerate tomcat on {cluster}"));
        var plan = await Eventually(() => connector.Requests.Skip(before).FirstOrDefault(r => r.Body.Contains("Request approval", StringComparison.Ordinal)));
        await bot.PostAsync(Activities.Execute(connector.ServiceUrl, plan.AnsweredId!, Action(Card(plan), "Request approval"), TeamsBotHost.RequesterAad, "Rita Requester"));
        return await Eventually(() => connector.Requests.Skip(before).FirstOrDefault(r => r.Method == "POST" && r.Body.Contains("Approval needed", StringComparison.Ordinal)));
    }

    private async Task<JsonNode> InvokeAsync(string cardId, JsonObject action, string aad, string name, string trigger)
    {
        var invoke = Activities.Execute(connector.ServiceUrl, cardId, action, aad, name);
        invoke["value"]!["trigger"] = trigger;
        var response = await bot.PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        await bot.IdleAsync();
        return answer["value"]!;
    }

    private List<string> RosterCalls() => [.. connector.Requests.Where(r => r.Method == "GET").Select(r => r.RawTarget)];

    private IChatStore Store() => bot.Services.GetRequiredService<IChatStore>();

    private static string Page(string? continuation, params JsonObject[] members) =>
        new JsonObject { ["continuationToken"] = continuation, ["members"] = new JsonArray([.. members]) }.ToJsonString();

    private static JsonObject Member(string id, string name, string? aad) =>
        new() { ["id"] = id, ["name"] = name, ["aadObjectId"] = aad, ["userPrincipalName"] = name.Split(' ')[0].ToLowerInvariant() + "@lab.example" };

    private static Guid RunId(JsonNode card) => Guid.Parse((string)Action(card, "Approve")["data"]!["run"]!);

    private static JsonObject Action(JsonNode card, string title) =>
        (JsonObject)card["actions"]!.AsArray().Single(a => (string)a!["title"]! == title)!;

    private static List<string> UserIds(JsonNode card) => [.. card["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!)];
}
