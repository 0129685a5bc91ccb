using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CertBot.EndToEnd.Tests.Infrastructure;
using CertBot.EndToEnd.Tests.Playground;

namespace CertBot.EndToEnd.Tests.Watch;

/// <summary>
/// The expiry watch against the real host process and the lab, with a recording connector in place of the Bot
/// Framework: <c>watch lab-east here</c> in a channel, the host's clock moved (CertBot:Testing:ClockFile) until
/// imp-sub2's CA-signed cup-xmpp crosses 60 and then 30 days, one card in the channel per threshold, none again
/// after a restart, and the card's button posts the P9 renewal plan in the card's thread.
/// </summary>
[Collection(EndToEndLabGroup.Name)]
public sealed class ExpiryWatchTests(EndToEndLab lab)
{
    private const string Channel = "19:certificates@thread.tacv2";
    private const string Requester = "11111111-1111-4111-8111-111111111111";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Where the activities say the connector is (their serviceUrl): the recording connector.</summary>
    private Uri? connectorUrl;

    [Fact]
    public async Task ThresholdsCrossedByTheClock_OneCardEach_NoneAfterARestart_AndTheButtonPlansTheRenewal()
    {
        using var directory = new TempDirectory("watch");
        await using var connector = await RecordingConnector.StartAsync();
        connectorUrl = connector.BaseUri;
        var clock = Path.Combine(directory.Path, "clock");
        await File.WriteAllTextAsync(clock, "");
        var config = WatchConfiguration(directory.Path);
        var environment = new Dictionary<string, string?> { ["CertBot__Testing__ClockFile"] = clock };
        var cupXmpp = await NotAfterAsync("imp-sub2", "cup-xmpp");

        await using (var host = HostProcess.Start(directory.Path, ["--config", config], environment))
        {
            await host.WaitHealthyAsync(Limit);
            using (await PostAsync(host, Message("watch lab-east here")))
            {
            }

            await connector.WaitForAsync(a => a.Text.Contains("I will warn in this channel", StringComparison.Ordinal), Limit, "answer to watch");

            await MoveClockAsync(clock, cupXmpp.AddDays(-50));
            var sixty = await connector.WaitForAsync(a => a.Conversation == Channel && a.Text == "lab-east: 1 certificate expires within 60 days", Limit, "60-day card");
            var json = sixty.Card!.ToJsonString();
            Assert.Contains("imp-sub2", json, StringComparison.Ordinal);
            Assert.Contains("cup-xmpp", json, StringComparison.Ordinal);
            Assert.Equal(["planRenewal"], sixty.Card!["actions"]!.AsArray().Select(a => (string)a!["verb"]!));

            await MoveClockAsync(clock, cupXmpp.AddDays(-20));
            await connector.WaitForAsync(a => a.Conversation == Channel && a.Text == "lab-east: 1 certificate expires within 30 days", Limit, "30-day card");
            await Task.Delay(TimeSpan.FromSeconds(4));
        }

        await using (var restarted = HostProcess.Start(directory.Path, ["--config", config], environment))
        {
            await restarted.WaitHealthyAsync(Limit);
            // Several looks of the restarted host (every second) at the same clock.
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.Equal(["lab-east: 1 certificate expires within 60 days", "lab-east: 1 certificate expires within 30 days"],
                connector.Sent.Where(a => a.Conversation == Channel).Select(a => a.Text));

            var card = connector.Sent.First(a => a.Conversation == Channel);
            var thread = $"{Channel};messageid={card.Id}";
            using var response = await PostAsync(restarted, Click(thread, card.Id));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var plan = await connector.WaitForAsync(a => a.Conversation == thread && a.Card is not null, Limit, "plan card in the expiry card's thread");
            Assert.Contains("renew cup-xmpp --cluster lab-east", plan.Card!.ToJsonString(), StringComparison.Ordinal);
            Assert.Contains("requestApproval", plan.Card!.ToJsonString(), StringComparison.Ordinal);
        }
    }

    private string WatchConfiguration(string directory)
    {
        var config = TestConfiguration.WriteLabWithApprovers(lab.CertBotConfigPath, directory);
        var root = JsonNode.Parse(File.ReadAllText(config))!.AsObject();
        root["CertBot"]!["Watch"] = JsonNode.Parse("""
            { "Interval": "00:00:01", "WeeklyDigest": false, "Clusters": [ { "Cluster": "lab-east", "IncludeTrust": false } ] }
            """);
        File.WriteAllText(config, root.ToJsonString());
        return config;
    }

    private static Task MoveClockAsync(string clock, DateTimeOffset to) =>
        File.WriteAllTextAsync(clock, (to - DateTimeOffset.UtcNow).ToString("c", CultureInfo.InvariantCulture));

    /// <summary>Read with the plain OpenSSH client, not with the adapter under test.</summary>
    private async Task<DateTimeOffset> NotAfterAsync(string node, string unit)
    {
        await using var client = await lab.ConnectAsync("lab-east", node);
        await client.SendLineAsync($"show cert own {unit}");
        await client.ReadUntilAsync("To:");
        var text = (await client.ReadUntilAsync("\n")).Trim();
        return DateTimeOffset.ParseExact(text, "ddd MMM dd HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    private JsonObject Message(string text) => Activity("message", $"{Channel};messageid=1700000000001", "1700000000001", null, text, null);

    private JsonObject Click(string conversation, string cardId) => Activity("invoke", conversation, "1700000000999", cardId, null, new JsonObject
    {
        ["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["verb"] = "planRenewal",
            ["data"] = new JsonObject { ["cluster"] = "lab-east", ["unit"] = "cup-xmpp" },
        },
        ["trigger"] = "manual",
    });

    private JsonObject Activity(string type, string conversation, string id, string? replyTo, string? text, JsonObject? value)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = connectorUrl!.ToString().TrimEnd('/'),
            ["from"] = new JsonObject { ["id"] = "29:rita", ["name"] = "Rita", ["aadObjectId"] = Requester },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CertBot" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "channel", ["tenantId"] = "tenant-watch" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-watch" } },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (replyTo is not null)
        {
            activity["replyToId"] = replyTo;
        }

        if (value is not null)
        {
            activity["name"] = "adaptiveCard/action";
            activity["value"] = value;
        }

        return activity;
    }

    private static async Task<HttpResponseMessage> PostAsync(HostProcess host, JsonObject activity)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(host.MessagesUrl, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        return response.EnsureSuccessStatusCode();
    }
}
