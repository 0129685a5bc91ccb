using System.Diagnostics;
using CertBot.Slack.BlockKit;
using CertBot.Slack.Tests.Support;
using CertBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Slack.Tests.WebApi;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private FakeSlackApi slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task PostMessage_InAThread_SendsTokenChannelThreadAndBlocksAndReturnsTheTs()
    {
        using var services = Services("xoxb-test-token");
        var api = services.GetRequiredService<SlackApiClient>();

        var posted = await api.PostMessageAsync("C123", "1700000000.000001", SlackMessage.Plain("hello *there*"), CancellationToken.None);

        var call = Assert.Single(slack.Calls);
        Assert.Equal("chat.postMessage", call.Method);
        Assert.Equal("Bearer xoxb-test-token", call.Authorization);
        Assert.Equal("C123", call.Channel);
        Assert.Equal("1700000000.000001", call.ThreadTs);
        Assert.Equal("hello *there*", call.Text);
        Assert.Equal("section", call.Blocks[0].GetProperty("type").GetString());
        Assert.Equal(new SlackPostedMessage("C123", posted.Ts), posted);
        Assert.Matches(@"^\d+\.\d{6}$", posted.Ts);
        Assert.Equal(call.Ts, posted.Ts);
    }

    [Fact]
    public async Task Update_TargetsTheMessageByTs()
    {
        using var services = Services("xoxb-test-token");
        await services.GetRequiredService<SlackApiClient>().UpdateAsync("C123", "1700000000.000042", SlackMessage.Plain("now"), CancellationToken.None);

        var call = Assert.Single(slack.Of("chat.update"));
        Assert.Equal("1700000000.000042", call.Ts);
        Assert.Null(call.ThreadTs);
    }

    [Fact]
    public async Task PostMessage_RateLimitedTwice_WaitsWhatRetryAfterSaysAndSucceeds()
    {
        using var services = Services("xoxb-test-token");
        slack.RateLimitNext("chat.postMessage", 2, retryAfterSeconds: 1);
        var watch = Stopwatch.StartNew();

        var posted = await services.GetRequiredService<SlackApiClient>().PostMessageAsync("C123", null, SlackMessage.Plain("x"), CancellationToken.None);

        Assert.NotNull(posted.Ts);
        Assert.Equal(3, slack.Of("chat.postMessage").Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9), $"retried after {watch.Elapsed} instead of honouring Retry-After");
        var calls = slack.Of("chat.postMessage");
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task PostMessage_StillRateLimitedAfterTheRetries_ThrowsARateLimitError()
    {
        using var services = Services("xoxb-test-token", maxRetries: 1);
        slack.RateLimitNext("chat.postMessage", 5, retryAfterSeconds: 0);

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            services.GetRequiredService<SlackApiClient>().PostMessageAsync("C123", null, SlackMessage.Plain("x"), CancellationToken.None));

        Assert.True(error.IsRateLimited);
        Assert.Equal("http_429", error.Error);
        Assert.Equal(2, slack.Of("chat.postMessage").Count);
    }

    [Fact]
    public async Task Update_OkFalse_ThrowsSlacksErrorCodeWithoutRetrying()
    {
        using var services = Services("xoxb-test-token");
        slack.FailNext("chat.update", "message_not_found");

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            services.GetRequiredService<SlackApiClient>().UpdateAsync("C123", "1.2", SlackMessage.Plain("x"), CancellationToken.None));

        Assert.Equal("chat.update", error.Method);
        Assert.Equal("message_not_found", error.Error);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal(["[ERROR] scripted"], error.Details);
        Assert.DoesNotContain("x", error.Message.Replace("message_not_found", "", StringComparison.Ordinal).Replace("[ERROR]", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Single(slack.Of("chat.update"));
    }

    [Fact]
    public async Task PostMessage_WithoutABotToken_SaysWhichVariableToSetAndCallsNothing()
    {
        using var services = Services("");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            services.GetRequiredService<SlackApiClient>().PostMessageAsync("C123", null, SlackMessage.Plain("x"), CancellationToken.None));

        Assert.Contains("SLACK_BOT_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.Empty(slack.Calls);
    }

    [Fact]
    public async Task Options_TokenOnlyInTheEnvironment_IsUsed()
    {
        using var services = Services("", environment: name => name == "SLACK_BOT_TOKEN" ? "xoxb-from-env" : null);
        await services.GetRequiredService<SlackApiClient>().PostMessageAsync("C1", null, SlackMessage.Plain("x"), CancellationToken.None);
        Assert.Equal("Bearer xoxb-from-env", Assert.Single(slack.Calls).Authorization);
    }

    private ServiceProvider Services(string token, int maxRetries = 3, Func<string, string?>? environment = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
            ["Slack:BotToken"] = token,
            ["Slack:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Slack:BaseDelay"] = "00:00:00.050",
        }).Build();
        return new ServiceCollection().AddLogging().AddCertBotSlack(configuration, environment ?? (_ => null)).BuildServiceProvider();
    }
}
