using System.Net;
using System.Text.Json.Nodes;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Endpoint;

/// <summary>
/// The forged-approval suite, through the real <c>/api/messages</c> on Kestrel: every way to approve without
/// being allowed is refused, the run keeps waiting, and the attempt is in the run's journal (who, what, why).
/// Attempts that cannot be trusted to name anyone (another channel, a foreign tenant) never reach the engine:
/// refused at the door, and the run's journal has no approval. Rita (aad requester, also <c>cli:rita</c>)
/// asks; Alan approves; Olga is nobody's approver.
/// </summary>
[Collection(SharedTeamsLab.Name)]
public sealed class ForgedApprovalTests(TeamsLab lab) : IAsyncLifetime
{
    private const string OutsiderAad = "33333333-3333-3333-3333-333333333333";
    private const string AppId = "app-under-test";
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(3);
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        bot = await TeamsBotHost.StartAsync(lab, settings: People());
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task ByTheRequester_OnTheCard_IsRefusedAndJournaled()
    {
        var (runId, cardId, approve) = await ApprovalCardAsync();

        await ClickAsync(cardId, approve, TeamsBotHost.RequesterAad, "Rita Requester");

        await AssertRefusedAsync(runId, "requested this run");
    }

    [Fact]
    public async Task ByTheRequester_Typed_IsRefusedAndJournaled()
    {
        var (runId, _, _) = await ApprovalCardAsync();

        await SayAsync($"approve {RunIds.ShortId(runId)}", TeamsBotHost.RequesterAad, "Rita Requester");

        await AssertRefusedAsync(runId, "requested this run");
    }

    [Fact]
    public async Task ByTheRequester_FromTheCommandLine_AnotherNamespace_IsRefusedAndJournaled()
    {
        var (runId, _, _) = await ApprovalCardAsync();

        // certbot approve <run> --as cli:rita decides through the same engine the host composed.
        var answer = await bot.Engine.Decisions.DecideAsync(new Decision(RunAction.Approve, runId, "cli:rita"), default);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        await AssertRefusedAsync(runId, "Rita (cli:rita) requested this run");
    }

    [Fact]
    public async Task ByANonApprover_OnTheCard_IsRefusedAndJournaled()
    {
        var (runId, cardId, approve) = await ApprovalCardAsync();

        await ClickAsync(cardId, approve, OutsiderAad, "Olga Outsider");

        await AssertRefusedAsync(runId, "is not an approver of lab-west");
    }

    [Fact]
    public async Task ForAnotherRun_TheCardsGateOnAnotherRunsId_IsRefusedAndJournaled()
    {
        var (westRun, cardId, approve) = await ApprovalCardAsync();
        var eastRun = await bot.Engine.Runs.RequestAsync(await bot.Engine.Runs.PlanAsync(Engine.Procedures.ProcedureRequest.Regenerate("lab-east", Engine.Procedures.UnitCatalog.Tomcat), default), "cli:rita", default);
        var forged = (JsonObject)approve.DeepClone();
        forged["data"]!["run"] = eastRun.Run!.Id.ToString("D");

        await ClickAsync(cardId, forged, TeamsBotHost.ApproverAad, "Alan Approver");

        await AssertRefusedAsync(eastRun.Run.Id, "has no gate");
        Assert.Equal(RunState.AwaitingApproval, (await bot.Engine.Runs.ShowAsync(westRun, default))!.Run.State);
    }

    [Fact]
    public async Task ForAStalePlanHash_IsRefusedAndJournaled()
    {
        var (runId, cardId, approve) = await ApprovalCardAsync();
        var forged = (JsonObject)approve.DeepClone();
        forged["data"]!["hash"] = new string('0', 64);

        await ClickAsync(cardId, forged, TeamsBotHost.ApproverAad, "Alan Approver");

        await AssertRefusedAsync(runId, "the gate stands for plan");
    }

    [Fact]
    public async Task AfterExpiry_IsRefusedAndJournaled()
    {
        await using var expiring = await TeamsBotHost.StartAsync(lab, settings: new Dictionary<string, string?>(People()) { ["CertBot:GateExpiry"] = Expiry.ToString() });
        var (runId, cardId, approve) = await ApprovalCardAsync(expiring);
        await Task.Delay(Expiry + TimeSpan.FromMilliseconds(500));

        await expiring.PostAsync(Activities.Execute(connector.ServiceUrl, cardId, approve, TeamsBotHost.ApproverAad, "Alan Approver"));
        await expiring.IdleAsync();

        await AssertRefusedAsync(expiring, runId, "expired");
    }

    [Fact]
    public async Task Twice_AtTheSameTime_ApprovesOnce_TheOtherChangesNothing_AndIsJournaled()
    {
        var (runId, cardId, approve) = await ApprovalCardAsync();

        var clicks = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            bot.PostAsync(Activities.Execute(connector.ServiceUrl, cardId, approve, TeamsBotHost.ApproverAad, "Alan Approver"))));
        await bot.IdleAsync();

        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.OK, c.StatusCode));
        var journal = (await bot.Engine.Runs.ShowAsync(runId, default))!.Journal;
        Assert.Single(journal, j => j.Kind == JournalKind.Approved);
        Assert.Single(journal, j => j.Kind == JournalKind.Refused && j.Principal == "aad:" + TeamsBotHost.ApproverAad);
    }

    [Theory]
    [InlineData("webchat", "tenant-1", HttpStatusCode.Forbidden)]
    [InlineData("directline", "tenant-1", HttpStatusCode.Forbidden)]
    [InlineData("msteams", "tenant-foreign", HttpStatusCode.Unauthorized)]
    public async Task FromANonTeamsChannel_OrAForeignTenant_IsRefusedAtTheDoor_EvenNamingTheApprover(string channel, string tenant, HttpStatusCode refused)
    {
        await using var issuer = await BotFrameworkIssuer.StartAsync();
        issuer.Publish("key-webchat", "webchat", "directline");
        await using var guarded = await TeamsBotHost.StartAsync(lab, AppId, settings: new Dictionary<string, string?>(People())
        {
            ["Teams:OpenIdMetadataUrl"] = issuer.MetadataUrl.ToString(),
            ["Teams:RequireHttpsMetadata"] = "false",
        });
        var run = (await guarded.Engine.Runs.RequestAsync(await guarded.Engine.Runs.PlanAsync(Engine.Procedures.ProcedureRequest.Regenerate("lab-west", Engine.Procedures.UnitCatalog.Tomcat), default), "cli:rita", default)).Run!;
        var gate = (await guarded.Engine.Runs.ShowAsync(run.Id, default))!.Gates.Single(g => g.IsOpen);
        var approve = new JsonObject
        {
            ["type"] = "Action.Execute", ["title"] = "Approve", ["verb"] = "approve",
            ["data"] = new JsonObject { ["run"] = run.Id.ToString("D"), ["gate"] = gate.Id.ToString("D"), ["hash"] = gate.PlanHash },
        };
        var forged = Activities.Execute(connector.ServiceUrl, "1700000000001", approve, TeamsBotHost.ApproverAad, "Alan Approver");
        forged["channelId"] = channel;
        forged["conversation"]!["tenantId"] = tenant;
        var token = BotFrameworkIssuer.Token(issuer.Credentials(channel == "msteams" ? "key-teams" : "key-webchat"), AppId,
            connector.ServiceUrl.ToString(), DateTimeOffset.UtcNow.AddMinutes(30));
        var journal = (await guarded.Engine.Runs.ShowAsync(run.Id, default))!.Journal.Count;

        var response = await guarded.PostAsync(forged.ToJsonString(), token);
        await guarded.IdleAsync();

        Assert.Equal(refused, response.StatusCode);
        var view = (await guarded.Engine.Runs.ShowAsync(run.Id, default))!;
        Assert.Equal(RunState.AwaitingApproval, view.Run.State);
        Assert.Equal(journal, view.Journal.Count); // nobody trustworthy to journal: the door's log has it
        Assert.DoesNotContain(view.Journal, j => j.Kind == JournalKind.Approved);
    }

    private static Dictionary<string, string?> People() => new()
    {
        ["CertBot:People:0:Name"] = "Rita",
        ["CertBot:People:0:Identities:0"] = "aad:" + TeamsBotHost.RequesterAad,
        ["CertBot:People:0:Identities:1"] = "cli:rita",
        ["CertBot:People:1:Name"] = "Alan",
        ["CertBot:People:1:Identities:0"] = "aad:" + TeamsBotHost.ApproverAad,
    };

    private Task<(Guid RunId, string CardId, JsonObject Approve)> ApprovalCardAsync() => ApprovalCardAsync(bot);

    /// <summary>Rita asks for a plan on lab-west and requests it; the approval card the delivery posts.</summary>
    private async Task<(Guid RunId, string CardId, JsonObject Approve)> ApprovalCardAsync(TeamsBotHost host)
    {
        var before = connector.Requests.Count;
        await host.PostAsync(Activities.Message(connector.ServiceUrl, "regenerate tomcat on lab-west"));
        var plan = await Eventually(() => connector.Requests.Skip(before).FirstOrDefault(r => r.Body.Contains("Request approval", StringComparison.Ordinal)));
        var request = (JsonObject)Card(plan)["actions"]!.AsArray().Single(a => (string)a!["title"]! == "Request approval")!;
        await host.PostAsync(Activities.Execute(connector.ServiceUrl, plan.AnsweredId!, request, TeamsBotHost.RequesterAad, "Rita Requester"));
        var gate = await Eventually(() => connector.Requests.Skip(before).FirstOrDefault(r => r.Method == "POST" && r.Body.Contains("Approval needed", StringComparison.Ordinal)));
        var approve = (JsonObject)Card(gate)["actions"]!.AsArray().Single(a => (string)a!["title"]! == "Approve")!;
        return (Guid.Parse((string)approve["data"]!["run"]!), gate.AnsweredId!, approve);
    }

    private async Task ClickAsync(string cardId, JsonObject action, string aad, string name)
    {
        var response = await bot.PostAsync(Activities.Execute(connector.ServiceUrl, cardId, action, aad, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.IdleAsync();
    }

    private async Task SayAsync(string text, string aad, string name)
    {
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(Activities.Message(connector.ServiceUrl, text, aad, name))).StatusCode);
        await bot.IdleAsync();
    }

    private Task AssertRefusedAsync(Guid runId, string why) => AssertRefusedAsync(bot, runId, why);

    /// <summary>The run still waits, nothing was approved, and the last journal line is the refusal with its reason.</summary>
    private static async Task AssertRefusedAsync(TeamsBotHost host, Guid runId, string why)
    {
        var view = (await host.Engine.Runs.ShowAsync(runId, default))!;
        Assert.Equal(RunState.AwaitingApproval, view.Run.State);
        Assert.DoesNotContain(view.Journal, j => j.Kind == JournalKind.Approved);
        var refusal = view.Journal[^1];
        Assert.Equal(JournalKind.Refused, refusal.Kind);
        Assert.Contains(why, refusal.Message, StringComparison.Ordinal);
    }

    private static JsonNode Card(RecordedRequest request) => JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!;

    private static async Task<RecordedRequest> Eventually(Func<RecordedRequest?> find)
    {
        for (var waited = 0; waited < 300; waited++)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the Connector never received the expected request");
    }
}
