using System.Net;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Endpoints;

/// <summary>
/// A correctly signed request is still refused when it comes from a workspace not on <c>Slack:AllowedTeams</c>
/// (403, nothing happens), and a <c>response_url</c> that is not under <c>Slack:ResponseUrlPrefix</c> is never
/// posted to (the bot would otherwise relay its answers to whatever URL a request names).
/// </summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackOriginTests(SlackLab lab) : IAsyncLifetime
{
    private const string Channel = "CORIGIN001";
    private const string User = "UORIGIN001";
    private const string ForeignTeam = "T0FOREIGN";
    private FakeSlackApi slack = null!;
    private FakeSlackApi elsewhere = null!;
    private SlackBot bot = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        elsewhere = await FakeSlackApi.StartAsync();
        bot = await SlackBot.StartAsync(lab, slack);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await slack.DisposeAsync();
        await elsewhere.DisposeAsync();
    }

    public static TheoryData<string, string, string> ForeignBodies => new()
    {
        { "/slack/commands", Foreign(SlackPayloads.SlashCommand(User, Channel, "approve 1a2b3c")), SlackPayloads.Form },
        { "/slack/events", Foreign(SlackPayloads.Mention("EvForeign1", User, Channel, "1700000011.000100", "<@UBOT> approve 1a2b3c")), SlackPayloads.Json },
        { "/slack/interactivity", Foreign(SlackPayloads.Click(User, Channel, "1700000011.000200", "1700000011.000200", "approve", "{}")), SlackPayloads.Form },
    };

    [Theory]
    [MemberData(nameof(ForeignBodies))]
    public async Task SignedRequest_FromAnotherWorkspace_Is403AndNothingHappens(string path, string body, string contentType)
    {
        Assert.Contains(ForeignTeam, Uri.UnescapeDataString(body), StringComparison.Ordinal);

        using var response = await bot.PostAsync(path, body, contentType);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await SentinelAsync();
        Assert.DoesNotContain(slack.Calls, c => c.Channel == Channel);
    }

    [Fact]
    public async Task SlashCommand_ResponseUrlOutsideSlack_IsNeverPostedTo()
    {
        slack.FailNext("chat.postMessage", "not_in_channel");
        var responseUrl = new Uri(elsewhere.BaseUrl, "/respond/stolen").ToString();

        using var response = await bot.PostAsync("/slack/commands", SlackPayloads.SlashCommand(User, Channel, "help", responseUrl), SlackPayloads.Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Channel == Channel, "the refused post");
        await SentinelAsync();
        Assert.Empty(elsewhere.Calls);
        Assert.Empty(slack.Of("response_url"));
    }

    private static string Foreign(string body) => body.Replace(SlackPayloads.Team, ForeignTeam, StringComparison.Ordinal);

    private async Task SentinelAsync()
    {
        var ts = "1799999998." + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = await bot.PostAsync("/slack/events", SlackPayloads.Mention("EvS" + Guid.NewGuid().ToString("N"), User, "CSENTINEL2", ts, "<@UBOT> help"), SlackPayloads.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await slack.WaitForAsync(c => c.Channel == "CSENTINEL2" && c.ThreadTs == ts, "the sentinel's answer");
    }
}
