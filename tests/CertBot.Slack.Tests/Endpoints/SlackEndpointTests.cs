using System.Diagnostics;
using System.Net;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Endpoints;

/// <summary>The three endpoints on a real Kestrel with the whole bot behind them; Slack's Web API is the loopback fake.</summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackEndpointTests(SlackLab lab) : SlackBotTests(lab)
{
    private const string Channel = "CENDPOINT1";
    private const string User = "UPERSON001";

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "/slack/commands", SlackPayloads.SlashCommand(User, Channel, "help"), SlackPayloads.Form },
        { "/slack/events", SlackPayloads.Mention("Ev0001", User, Channel, "1700000001.000100", "<@UBOT> help"), SlackPayloads.Json },
        { "/slack/interactivity", SlackPayloads.Click(User, Channel, "1700000001.000200", "1700000001.000200", "approve", "{}"), SlackPayloads.Form },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Request_NotSignedBySlack_Is401AndNothingHappens(string path, string body, string contentType)
    {
        var refused = new List<HttpStatusCode>
        {
            (await Bot.PostAsync(path, body, contentType, secret: "another-secret")).StatusCode,
            (await Bot.PostAsync(path, body, contentType, at: DateTimeOffset.UtcNow.AddMinutes(-6))).StatusCode,
            (await Bot.PostAsync(path, body, contentType, at: DateTimeOffset.UtcNow.AddMinutes(6))).StatusCode,
            (await Bot.Http.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, contentType))).StatusCode,
            (await TamperedAsync(path, body, contentType)).StatusCode,
        };

        Assert.All(refused, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        await SentinelAsync();
        Assert.DoesNotContain(Slack.Calls, c => c.Channel == Channel);
    }

    [Fact]
    public async Task UrlVerification_Signed_EchoesTheChallenge()
    {
        using var response = await Bot.PostAsync("/slack/events", """{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", SlackPayloads.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SlashCommand_IsAcknowledgedAtOnceAndAnsweredInTheThreadOfItsOwnRootMessage()
    {
        var watch = Stopwatch.StartNew();
        using var response = await Bot.PostAsync("/slack/commands", SlackPayloads.SlashCommand(User, Channel, "help"), SlackPayloads.Form);
        var acknowledged = watch.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(acknowledged < TimeSpan.FromSeconds(3), $"acknowledged after {acknowledged}");
        var root = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Channel == Channel && c.ThreadTs is null, "root message");
        Assert.Equal($"<@{User}> asked: `/certbot help`", root.Text);
        var answer = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.ThreadTs == root.Ts, "help in the thread");
        Assert.Contains("regenerate", answer.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Bearer xoxb-lab-token", answer.Authorization);
    }

    [Fact]
    public async Task Mention_RedeliveredWithTheSameEventId_IsAnsweredOnce()
    {
        var body = SlackPayloads.Mention("Ev0RETRY01", User, Channel, "1700000002.000100", "<@UBOT0001> help");

        using var first = await Bot.PostAsync("/slack/events", body, SlackPayloads.Json);
        using var retry = await Bot.PostAsync("/slack/events", body, SlackPayloads.Json,
            headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await Slack.WaitForAsync(c => c.ThreadTs == "1700000002.000100", "the answer to the mention");
        await SentinelAsync();
        Assert.Single(Slack.Calls, c => c.ThreadTs == "1700000002.000100");
    }

    [Fact]
    public async Task SlashCommand_BotNotInTheChannel_TellsThePersonThroughTheResponseUrl()
    {
        Slack.FailNext("chat.postMessage", "not_in_channel");
        var responseUrl = new Uri(Slack.BaseUrl, "/respond/1").ToString();

        using var response = await Bot.PostAsync("/slack/commands", SlackPayloads.SlashCommand(User, Channel, "help", responseUrl), SlackPayloads.Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var told = await Slack.WaitForAsync(c => c.Method == "response_url", "an answer through response_url");
        Assert.Equal("ephemeral", told.Get("response_type"));
        Assert.Contains("not_in_channel", told.Text, StringComparison.Ordinal);
        Assert.Null(told.Authorization is { Length: > 0 } ? told.Authorization : null);
    }

    [Theory]
    [InlineData("/slack/events", "{not json", SlackPayloads.Json)]
    [InlineData("/slack/commands", "text=help", SlackPayloads.Form)]
    [InlineData("/slack/interactivity", "payload=%7Bbroken", SlackPayloads.Form)]
    public async Task Request_SignedButMalformed_Is400(string path, string body, string contentType)
    {
        using var response = await Bot.PostAsync(path, body, contentType);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> TamperedAsync(string path, string body, string contentType)
    {
        // Signed for one body, sent with another.
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.Replace(User, "UATTACKER1", StringComparison.Ordinal), System.Text.Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", CertBot.Slack.Signing.SlackSignatureVerifier.Sign(SlackBot.SigningSecret, timestamp, System.Text.Encoding.UTF8.GetBytes(body)));
        return await Bot.Http.SendAsync(request);
    }

    /// <summary>
    /// A valid mention in another channel, waited for: the bot works its queue in order (one worker), so anything
    /// sent before it has been handled by the time its answer arrives.
    /// </summary>
    private async Task SentinelAsync()
    {
        var ts = "1799999999." + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = await Bot.PostAsync("/slack/events", SlackPayloads.Mention("EvS" + Guid.NewGuid().ToString("N"), User, "CSENTINEL1", ts, "<@UBOT> help"), SlackPayloads.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Slack.WaitForAsync(c => c.Channel == "CSENTINEL1" && c.ThreadTs == ts, "the sentinel's answer");
    }
}
