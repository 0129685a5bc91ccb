using System.Net;
using System.Text.Json.Nodes;
using CertBot.Chat;
using CertBot.Chat.Work;
using CertBot.Teams.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Teams.Tests.Endpoint;

/// <summary>
/// The chat core's work queue full (its workers held, every place taken): a message is still answered 200 at once,
/// the thread is told "busy, try again" right after that answer (never holding it), and the refused message is never worked on later.
/// </summary>
[Collection(SharedTeamsLab.Name)]
public sealed class BusyEndpointTests(TeamsLab lab) : IAsyncLifetime
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;
    private ChatBackgroundWork queue = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        bot = await TeamsBotHost.StartAsync(lab);
        queue = bot.Services.GetRequiredService<ChatBackgroundWork>();

        // Every worker busy first: a worker taking its first piece later would free a place in the queue.
        var workers = bot.Services.GetRequiredService<ChatOptions>().Workers;
        var started = 0;
        for (var i = 0; i < workers; i++)
        {
            Assert.True(queue.TryEnqueue(new ChatWork("hold", "test", _ =>
            {
                Interlocked.Increment(ref started);
                return release.Task;
            })));
        }

        for (var waited = 0; Volatile.Read(ref started) < workers; waited++)
        {
            Assert.True(waited < 1000, $"only {started} of {workers} workers took work");
            await Task.Delay(10);
        }

        var taken = 0;
        while (queue.TryEnqueue(new ChatWork("hold", "test", _ => release.Task)))
        {
            taken++;
        }

        Assert.True(taken > 0, "the queue took nothing: it is not bounded the way this test assumes");
    }

    public async Task DisposeAsync()
    {
        release.TrySetResult();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Message_QueueFull_IsAnsweredAtOnce_TellsTheThreadBusyAfterwards_AndNeverWorksOnIt()
    {
        connector.Delay = TimeSpan.FromSeconds(3);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await bot.PostAsync(Activities.Message(connector.ServiceUrl, "regen tomcat on lab-west"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The 200 does not wait for the connector's slow answer to the busy notice.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"the answer took {watch.Elapsed}");
        for (var waited = 0; connector.Requests.Count == 0 && waited < 100; waited++)
        {
            await Task.Delay(50);
        }

        var told = Assert.Single(connector.Requests);
        Assert.Equal("POST", told.Method);
        Assert.Equal(ChatBackgroundWork.BusyText, (string?)JsonNode.Parse(told.Body)!["text"]);

        release.TrySetResult();
        await bot.IdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Single(connector.Requests);
        Assert.Empty(await bot.Engine.Runs.ListAsync([], 10, default));
    }

    [Fact]
    public async Task BotAdded_QueueFull_IsStillWelcomedBeforeTheAnswer()
    {
        var update = Activities.Message(connector.ServiceUrl, "");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:certbot" });

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(update)).StatusCode);

        var welcome = Assert.Single(connector.Requests);
        Assert.Contains("Type <code>help</code>", (string?)JsonNode.Parse(welcome.Body)!["text"], StringComparison.Ordinal);
    }
}
