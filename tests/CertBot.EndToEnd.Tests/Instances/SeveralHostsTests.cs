using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CertBot.EndToEnd.Tests.Infrastructure;
using CertBot.Storage.Tests;
using Xunit.Abstractions;

namespace CertBot.EndToEnd.Tests.Instances;

/// <summary>
/// Two real host processes on one PostgreSQL database, Teams in local mode, the Bot Connector a recording server:
/// twenty runs over the lab's four small clusters, asked for, requested, approved and confirmed through
/// <c>/api/messages</c> of either host in turn. Each run's thread receives exactly one plan card, one card per gate
/// and one summary, each posted once (later changes are updates of the card posted), whichever host delivers it.
/// </summary>
public sealed class SeveralHostsTests(SeveralHostsLab lab, ITestOutputHelper output) : IClassFixture<SeveralHostsLab>
{
    private const string RequesterAad = "11111111-1111-4111-8111-111111111111";
    private const string ApproverAad = "22222222-2222-4222-8222-222222222222";
    private const int RunsPerCluster = 5;

    /// <summary>The request of each cluster's runs: north has IM and Presence, so its runs also confirm PRG high availability off and on.</summary>
    private static readonly (string Cluster, string Text)[] Requests =
    [
        ("north", "regenerate cup on north"),
        ("south", "regenerate tomcat on south"),
        ("site-a", "regenerate tomcat on site-a"),
        ("site-b", "regenerate tomcat on site-b"),
    ];

    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task TwoHosts_TwentyRunsOverFourClusters_EveryPlanGateAndSummaryCardPostedOnce()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("certbot_hosts_");
        await using var connector = await RecordingConnector.StartAsync();
        using var directory = new TempDirectory("several-hosts");
        var config = TestConfiguration.WriteLabWithApprovers(lab.CertBotConfigPath, directory.Path);
        var environment = new Dictionary<string, string?>
        {
            ["CertBot__Storage__Provider"] = "postgres",
            ["CertBot__Storage__PostgresConnectionVariable"] = "CERTBOT_SEVERAL_HOSTS_POSTGRES",
            ["CERTBOT_SEVERAL_HOSTS_POSTGRES"] = database.Connection,
            ["CertBot__LeaseTime"] = "00:00:05",
            ["CertBot__Runner__PollInterval"] = "00:00:00.200",
            ["CertBot__Chat__NodeCommandsPerPerson"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        await using var first = HostProcess.Start(Path.Combine(directory.Path, "first"), ["--config", config], environment);
        await using var second = HostProcess.Start(Path.Combine(directory.Path, "second"), ["--config", config], environment);
        await Task.WhenAll(first.WaitHealthyAsync(TimeSpan.FromSeconds(90)), second.WaitHealthyAsync(TimeSpan.FromSeconds(90)));
        HostProcess[] hosts = [first, second];
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var watch = Stopwatch.StartNew();

        // One chain of runs per cluster (a cluster takes one changing run at a time), the four chains at once.
        var conversations = await Task.WhenAll(Requests.Select((request, c) => Task.Run(async () =>
        {
            var threads = new List<string>();
            for (var i = 0; i < RunsPerCluster; i++)
            {
                var thread = $"19:{request.Cluster}@thread.tacv2;messageid={1000 + i}";
                await DriveAsync(http, hosts, connector, thread, request.Text, c + i);
                threads.Add(thread);
            }

            return threads;
        })));
        var elapsed = watch.Elapsed;
        // Late duplicates would come within a delivery pass or two of the last summary.
        await Task.Delay(TimeSpan.FromSeconds(3));
        output.WriteLine($"{Requests.Length * RunsPerCluster} runs through two hosts in {elapsed}; {connector.Sent.Count} connector calls");

        var cards = connector.Sent.Select(ConnectorCard.Read).ToList();
        foreach (var thread in conversations.SelectMany(t => t))
        {
            var posted = cards.Where(c => c.Call.Conversation == thread && c.Call.Method == "POST").ToList();
            var what = string.Join("\n  ", cards.Where(c => c.Call.Conversation == thread));
            Assert.True(posted.Count(c => c.Kind == ConnectorCard.Plan) == 1, $"{thread}: plan cards\n  {what}");
            Assert.True(posted.Count(c => c.Kind == ConnectorCard.Summary) == 1, $"{thread}: summaries\n  {what}");
            // The run succeeded: every gate was decided by a click on its card, nothing failed or was skipped.
            Assert.Matches(@"""value"":""(\d+) done, 0 skipped, 0 failed of \1""", posted.Single(c => c.Kind == ConnectorCard.Summary).Call.Body.ToJsonString());
            Assert.True(posted.Count(c => c.Kind == ConnectorCard.Progress) == 1, $"{thread}: progress cards\n  {what}");
            var gates = posted.Where(c => c.Kind == ConnectorCard.GateCard).ToList();
            Assert.True(gates.Count >= 2 && gates.All(g => g.Gate is not null) && gates.Select(g => g.Gate).Distinct().Count() == gates.Count,
                $"{thread}: one card per gate, each posted once\n  {what}");
            Assert.True(posted.All(c => c.Kind != ConnectorCard.Text), $"{thread}: no text posts\n  {what}");
            // Every update changes a card this thread received, never one of another thread or an unknown one.
            var ids = posted.Select(c => c.Call.Id).ToHashSet();
            Assert.All(cards.Where(c => c.Call.Conversation == thread && c.Call.Method == "PUT"), c => Assert.Contains(c.Call.Id, ids));
        }

        Assert.True(elapsed < TimeSpan.FromMinutes(3), $"the twenty runs took {elapsed}");
        Assert.False(first.HasExited || second.HasExited, first.Output.Tail() + second.Output.Tail());
    }

    /// <summary>
    /// One run as people would take it, in its own thread: the request, Request approval on the plan card, then
    /// Approve (the approver) or Done (the requester) on each gate card as it arrives, until the summary comes.
    /// Each message and click goes to the next host in turn.
    /// </summary>
    private static async Task DriveAsync(HttpClient http, HostProcess[] hosts, RecordingConnector connector, string thread, string text, int turn)
    {
        await SendAsync(http, hosts[turn++ % 2], Message(connector.BaseUri, thread, text, RequesterAad, "Rita Requester"));
        var plan = await WaitForAsync(connector, thread, cards => cards.FirstOrDefault(c => c.Kind == ConnectorCard.Plan && c.Call.Method == "POST"), "the plan card");
        var request = plan.Actions.Single(a => (string?)a["verb"] == "requestApproval");
        await SendAsync(http, hosts[turn++ % 2], Execute(connector.BaseUri, thread, plan.Call.Id, request, RequesterAad, "Rita Requester"));
        var decided = new HashSet<string>();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var cards = connector.Sent.Where(c => c.Conversation == thread).Select(ConnectorCard.Read).ToList();
            if (cards.Any(c => c.Kind == ConnectorCard.Summary))
            {
                return;
            }

            foreach (var gate in cards.Where(c => c.Kind == ConnectorCard.GateCard && c.Call.Method == "POST" && c.Gate is not null && !decided.Contains(c.Gate)))
            {
                var approve = gate.Actions.FirstOrDefault(a => (string?)a["verb"] == "approve");
                if (approve is null && !gate.Actions.Any(a => (string?)a["verb"] == "confirm"))
                {
                    // The card shows everyone the status once CertBot knows Alan's Teams id: his own view, which
                    // Teams fetches for him (refresh.userIds), carries his Approve.
                    approve = await OwnApproveAsync(http, hosts[turn++ % 2], Execute(connector.BaseUri, thread, gate.Call.Id,
                        gate.Actions.Single(a => (string?)a["verb"] == "refresh"), ApproverAad, "Alan Approver"));
                }

                var (button, aad, name) = approve is not null
                    ? (approve, ApproverAad, "Alan Approver")
                    : (gate.Actions.Single(a => (string?)a["verb"] == "confirm"), RequesterAad, "Rita Requester");
                await SendAsync(http, hosts[turn++ % 2], Execute(connector.BaseUri, thread, gate.Call.Id, button, aad, name));
                decided.Add(gate.Gate!);
            }

            Assert.True(watch.Elapsed < RunLimit, $"{thread}: no summary within {RunLimit}:\n  {string.Join("\n  ", cards)}");
            await Task.Delay(100);
        }
    }

    private static async Task<ConnectorCard> WaitForAsync(RecordingConnector connector, string thread, Func<List<ConnectorCard>, ConnectorCard?> find, string what)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var cards = connector.Sent.Where(c => c.Conversation == thread).Select(ConnectorCard.Read).ToList();
            if (find(cards) is { } found)
            {
                return found;
            }

            Assert.True(watch.Elapsed < RunLimit, $"{thread}: no {what} within {RunLimit}:\n  {string.Join("\n  ", cards)}");
            await Task.Delay(100);
        }
    }

    private static async Task SendAsync(HttpClient http, HostProcess host, JsonObject activity)
    {
        using var response = await http.PostAsync(host.MessagesUrl, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted,
            $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Teams' automatic refresh of a card for one person; the Approve of the view answered.</summary>
    private static async Task<JsonObject> OwnApproveAsync(HttpClient http, HostProcess host, JsonObject refresh)
    {
        refresh["value"]!["trigger"] = "automatic";
        using var response = await http.PostAsync(host.MessagesUrl, new StringContent(refresh.ToJsonString(), Encoding.UTF8, "application/json"));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (JsonObject)answer["value"]!["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "approve")!.DeepClone();
    }

    /// <summary>A message in a channel thread, mentioning the bot, as Teams sends it.</summary>
    private static JsonObject Message(Uri serviceUrl, string thread, string text, string aad, string name) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = serviceUrl.ToString().TrimEnd('/'),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:" + name.Split(' ')[0].ToLowerInvariant(), ["name"] = name, ["aadObjectId"] = aad },
        ["recipient"] = new JsonObject { ["id"] = "28:certbot", ["name"] = "CertBot" },
        ["conversation"] = new JsonObject { ["id"] = thread, ["conversationType"] = "channel", ["tenantId"] = "tenant-1" },
        ["text"] = $"<at>CertBot</at> {text}",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>CertBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:certbot", ["name"] = "CertBot" },
        }),
    };

    /// <summary>An <c>Action.Execute</c> click on the card posted as <paramref name="cardId"/>.</summary>
    private static JsonObject Execute(Uri serviceUrl, string thread, string cardId, JsonObject action, string aad, string name)
    {
        var invoke = Message(serviceUrl, thread, "", aad, name);
        invoke.Remove("text");
        invoke.Remove("entities");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = cardId;
        invoke["value"] = new JsonObject { ["action"] = action.DeepClone(), ["trigger"] = "manual" };
        return invoke;
    }
}
