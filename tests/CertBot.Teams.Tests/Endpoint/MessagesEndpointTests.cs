using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CertBot.Engine.Runs;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Endpoint;

/// <summary>
/// POST /api/messages on a real Kestrel port, the bot composed as the host does, a recording Connector on
/// loopback: the plan card lands in the thread, the requester's own approval is refused in the thread, an
/// approver's replaces the card in place; bad bodies are 400 and leave nothing behind.
/// </summary>
[Collection(SharedTeamsLab.Name)]
public sealed class MessagesEndpointTests(TeamsLab lab) : IAsyncLifetime
{
    private const string EscapedThread = "19%3Aops%40thread.tacv2%3Bmessageid%3D1700";
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        bot = await TeamsBotHost.StartAsync(lab);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Message_InAChannelThread_PostsThePlanCardInThatThread()
    {
        var message = Activities.Message(connector.ServiceUrl, "regen tomcat on lab-west");

        var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = await Eventually(() => connector.Requests.FirstOrDefault(r => r.Body.Contains("Request approval", StringComparison.Ordinal)));
        Assert.Equal("POST", post.Method);
        Assert.Equal($"/v3/conversations/{EscapedThread}/activities", post.RawTarget);
        var activity = JsonNode.Parse(post.Body)!;
        Assert.Null(activity["text"]);
        Assert.Equal((string)message["id"]!, (string)activity["replyToId"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)activity["attachments"]![0]!["contentType"]!);
        Assert.Equal("1.5", (string)activity["attachments"]![0]!["content"]!["version"]!);
    }

    [Fact]
    public async Task Invoke_ApproveByTheRequester_IsRefusedWithAVisibleMessage_AndSheSeesHerOwnView()
    {
        var (cardId, approve) = await ApprovalCardAsync();

        var response = await bot.PostAsync(Activities.Execute(connector.ServiceUrl, cardId, approve, TeamsBotHost.RequesterAad, "Rita Requester"));

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)answer["type"]!);
        // Her own view of the card: Cancel run, never Approve; the card everyone shares keeps its buttons (no approver has a view of their own yet).
        Assert.Equal(["Cancel run"], answer["value"]!["actions"]!.AsArray().Select(a => (string)a!["title"]!));
        var shared = await Eventually(() => connector.Requests.LastOrDefault(r => r.Method == "PUT" && r.RawTarget.EndsWith(cardId, StringComparison.Ordinal)));
        Assert.Contains(Card(shared)["actions"]!.AsArray(), a => (string)a!["title"]! == "Approve");
        var refusal = await Eventually(() => connector.Requests.LastOrDefault(r => r.Method == "POST" && Text(r).Contains("refused", StringComparison.Ordinal)));
        Assert.Contains("Rita Requester: refused", Text(refusal), StringComparison.Ordinal);
        Assert.Contains("never approves their own run", Text(refusal), StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await OnlyRunAsync()).State);
    }

    [Fact]
    public async Task Invoke_ApproveByAnApprover_ReplacesTheCardInPlace_ButtonsGone_WhoAndWhenShown()
    {
        var (cardId, approve) = await ApprovalCardAsync();

        var response = await bot.PostAsync(Activities.Execute(connector.ServiceUrl, cardId, approve, TeamsBotHost.ApproverAad, "Alan Approver"));

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var card = answer["value"]!;
        Assert.Null(card["actions"]);
        Assert.Matches(new Regex(@"Approved by Alan Approver at \d{4}-\d\d-\d\d \d\d:\d\d"), Regex.Unescape(card.ToJsonString()));
        Assert.Contains("times in UTC (+00:00)", Regex.Unescape(card.ToJsonString()), StringComparison.Ordinal);
        var put = await Eventually(() => connector.Requests.FirstOrDefault(r => r.Method == "PUT" && r.RawTarget.EndsWith("/" + cardId, StringComparison.Ordinal)));
        Assert.Equal($"/v3/conversations/{EscapedThread}/activities/{cardId}", put.RawTarget);
        Assert.Null(JsonNode.Parse(put.Body)!["attachments"]![0]!["content"]!["actions"]);
        Assert.Equal(RunState.Running, (await OnlyRunAsync()).State);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("""{"type":"message","text":"regen tomcat on lab-west","channelId":"msteams"}""")]
    [InlineData("""{"text":"regen tomcat on lab-west"}""")]
    public async Task Malformed_Is400_AndNothingIsJournaledOrPosted(string body)
    {
        var response = await bot.PostAsync(body);
        await bot.IdleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await bot.Engine.Runs.ListAsync([], 10, default));
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Oversized_Is400()
    {
        var message = Activities.Message(connector.ServiceUrl, "help " + new string('x', 300 * 1024));

        var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task BotAdded_ToAChannel_IsWelcomedInThatChannel_NotInAThreadUnderTheUpdate()
    {
        // Installed in a team: the update's conversation is the channel itself and its id is no message, so a
        // thread under it (channel;messageid=<update id>) does not exist (the Agents Playground answers 404).
        var update = Activities.Message(connector.ServiceUrl, "");
        update["type"] = "conversationUpdate";
        update["conversation"]!["id"] = "19:ops@thread.tacv2";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:certbot" });

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(update)).StatusCode);

        var welcome = await Eventually(() => connector.Requests.FirstOrDefault(r => Text(r).Contains("<code>help</code>", StringComparison.Ordinal)));
        Assert.Equal("POST", welcome.Method);
        Assert.Equal("/v3/conversations/19%3Aops%40thread.tacv2/activities", welcome.RawTarget);
        var activity = JsonNode.Parse(welcome.Body)!;
        Assert.Null(activity["replyToId"]);
        Assert.Equal("19:ops@thread.tacv2", (string)activity["conversation"]!["id"]!);
    }

    [Fact]
    public async Task Help_ShowsRealPlaceholders_InCode_AsTeamsHtml()
    {
        await bot.PostAsync(Activities.Message(connector.ServiceUrl, "help"));

        var help = await Eventually(() => connector.Requests.FirstOrDefault(r => Text(r).Contains("certs", StringComparison.Ordinal)));
        var activity = JsonNode.Parse(help.Body)!;
        Assert.Equal("xml", (string)activity["textFormat"]!);
        // Escaped once, inside the code element: Teams and the Playground show "<cluster>".
        Assert.Contains("<code>certs &lt;cluster&gt; [expiring &lt;days&gt;]</code>", Text(help), StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;lt;", Text(help), StringComparison.Ordinal);
        Assert.DoesNotContain("`", Text(help), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitFallback_CancelOnThePlan_UpdatesThePlanCardInPlace()
    {
        await bot.PostAsync(Activities.Message(connector.ServiceUrl, "regen tomcat on lab-west"));
        var plan = await Eventually(() => connector.Requests.FirstOrDefault(r => r.Body.Contains("Request approval", StringComparison.Ordinal)));
        var cancel = Card(plan)["actions"]!.AsArray().Single(a => (string)a!["title"]! == "Cancel")!["fallback"]!["data"]!;
        var submit = Activities.Message(connector.ServiceUrl, "");
        submit["value"] = cancel.DeepClone();
        submit["replyToId"] = plan.AnsweredId;

        await bot.PostAsync(submit);

        var put = await Eventually(() => connector.Requests.FirstOrDefault(r => r.Method == "PUT"));
        Assert.EndsWith("/" + plan.AnsweredId, put.RawTarget, StringComparison.Ordinal);
        Assert.Contains("Cancelled by Rita Requester", Regex.Unescape(put.Body), StringComparison.Ordinal);
        Assert.Null(Card(put)["actions"]);
    }

    [Fact]
    public async Task EveryCardSentInAFlow_ParsesInTheOfficialRendererWithoutWarnings()
    {
        var (cardId, approve) = await ApprovalCardAsync();
        await bot.PostAsync(Activities.Execute(connector.ServiceUrl, cardId, approve, TeamsBotHost.ApproverAad, "Alan Approver"));
        await bot.PostAsync(Activities.Message(connector.ServiceUrl, "certs lab-west"));
        var inventory = await Eventually(() => connector.Requests.FirstOrDefault(r => r.Body.Contains("Certificates of lab-west", StringComparison.Ordinal)));
        // The compact card from the lab: a row per node with its All certificates button, and the lab's expired trust below.
        Assert.Equal(2 * 2, Regex.Count(inventory.Body, "\"All certificates\""));
        Assert.Contains("cucm-pub · CAPF-trust: ", Regex.Unescape(inventory.Body), StringComparison.Ordinal);
        await Eventually(() => connector.Requests.FirstOrDefault(r => r.Method == "PUT" && r.Body.Contains("Running", StringComparison.Ordinal)));

        var cards = connector.Requests.Where(r => r.Body.Contains("\"attachments\"", StringComparison.Ordinal))
            .Select((r, i) => (Name: $"{i}: {r.Method} {r.RawTarget}", Card: Card(r)))
            .ToDictionary(c => c.Name, c => c.Card);
        var results = await AdaptiveCardsRenderer.CheckJsonAsync(cards);

        Assert.True(cards.Count >= 6, $"only {cards.Count} cards were sent");
        Assert.All(results, r => Assert.True(r.Value.Count == 0, $"{r.Key}: {string.Join("; ", r.Value)}"));
    }

    /// <summary>Asks for a plan, requests approval on its card and waits for the approval card the delivery posts.</summary>
    private async Task<(string CardId, JsonObject Approve)> ApprovalCardAsync()
    {
        await bot.PostAsync(Activities.Message(connector.ServiceUrl, "regenerate tomcat on lab-west"));
        var plan = await Eventually(() => connector.Requests.FirstOrDefault(r => r.Body.Contains("Request approval", StringComparison.Ordinal)));
        var request = (JsonObject)Card(plan)["actions"]!.AsArray().Single(a => (string)a!["title"]! == "Request approval")!;
        var requested = await bot.PostAsync(Activities.Execute(connector.ServiceUrl, plan.AnsweredId!, request, TeamsBotHost.RequesterAad, "Rita Requester"));
        Assert.Contains("Approval requested by Rita Requester", Regex.Unescape(await requested.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var gate = await Eventually(() => connector.Requests.FirstOrDefault(r => r.Method == "POST" && r.Body.Contains("Approval needed", StringComparison.Ordinal)));
        var approve = (JsonObject)Card(gate)["actions"]!.AsArray().Single(a => (string)a!["title"]! == "Approve")!;
        return (gate.AnsweredId!, approve);
    }

    private async Task<Run> OnlyRunAsync() => Assert.Single(await bot.Engine.Runs.ListAsync([], 10, default));

    private static JsonNode Card(RecordedRequest request) => JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!;

    private static string Text(RecordedRequest request) => request.Body.Length == 0 ? "" : (string?)JsonNode.Parse(request.Body)?["text"] ?? "";

    private async Task<RecordedRequest> Eventually(Func<RecordedRequest?> find)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the Connector never received the expected request; it received: " +
            string.Join(" | ", connector.Requests.Select(r => $"{r.Method} {r.RawTarget} {r.Body[..Math.Min(200, r.Body.Length)]}")));
    }
}
