using System.Net;
using System.Text.Json;
using CertBot.Chat.Work;
using CertBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Slack.Tests.Endpoints;

/// <summary>
/// The chat core's work queue full (its one worker held, every place taken): each Slack endpoint still answers at
/// once and tells the person to try again, and none of the refused work runs later.
/// </summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackBusyTests(SlackLab lab) : IAsyncLifetime
{
    private const string Channel = "CBUSY00001";
    private const string User = "UBUSY00001";
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeSlackApi slack = null!;
    private SlackBot bot = null!;
    private ChatBackgroundWork queue = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        bot = await SlackBot.StartAsync(lab, slack);
        queue = bot.Services.GetRequiredService<ChatBackgroundWork>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Assert.True(queue.TryEnqueue(new ChatWork("hold", "test", async _ =>
        {
            started.SetResult();
            await release.Task;
        })));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var taken = 0;
        while (queue.TryEnqueue(new ChatWork("filler", "test", _ => release.Task)))
        {
            taken++;
        }

        Assert.True(taken > 0, "the queue took nothing: it is not bounded the way this test assumes");
    }

    public async Task DisposeAsync()
    {
        release.TrySetResult();
        await queue.IdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await bot.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task SlashCommand_QueueFull_AnswersBusyEphemerallyInTheAcknowledgement()
    {
        using var response = await bot.PostAsync("/slack/commands", SlackPayloads.SlashCommand(User, Channel, "help"), SlackPayloads.Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ephemeral", answer.RootElement.GetProperty("response_type").GetString());
        Assert.Equal(ChatBackgroundWork.BusyText, answer.RootElement.GetProperty("text").GetString());
        await NothingElseRanAsync();
    }

    [Fact]
    public async Task Mention_QueueFull_TellsThePersonEphemerallyInTheThread()
    {
        using var response = await bot.PostAsync("/slack/events", SlackPayloads.Mention("EvBusy01", User, Channel, "1700000009.000100", "<@UBOT> help"), SlackPayloads.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var told = Assert.Single(slack.Of("chat.postEphemeral"));
        Assert.Equal(Channel, told.Channel);
        Assert.Equal(User, told.Get("user"));
        Assert.Equal("1700000009.000100", told.ThreadTs);
        Assert.Equal(ChatBackgroundWork.BusyText, told.Text);
        await NothingElseRanAsync();
    }

    [Fact]
    public async Task Click_QueueFull_TellsTheClickerThroughTheResponseUrl()
    {
        var responseUrl = new Uri(slack.BaseUrl, "/respond/busy").ToString();

        using var response = await bot.PostAsync("/slack/interactivity",
            SlackPayloads.Click(User, Channel, "1700000009.000200", "1700000009.000200", "approve", "{}", responseUrl: responseUrl), SlackPayloads.Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var told = Assert.Single(slack.Of("response_url"));
        Assert.Equal("ephemeral", told.Get("response_type"));
        Assert.Equal(ChatBackgroundWork.BusyText, told.Text);
        await NothingElseRanAsync();
    }

    /// <summary>Once the queue drains, the refused request must not have been kept somewhere and run after all.</summary>
    private async Task NothingElseRanAsync()
    {
        release.TrySetResult();
        await queue.IdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(slack.Calls, c => c.Method is "chat.postMessage" or "chat.update");
    }
}
