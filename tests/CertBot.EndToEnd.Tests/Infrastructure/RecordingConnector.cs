using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What the host replies into, as real HTTP servers on one loopback Kestrel port, answering as the real services do:
/// the Bot Framework connector (<c>/v3/conversations/{id}/activities[/{activityId}]</c>), which keeps every activity
/// the host sends with the conversation it went to and answers with a fresh activity id, so the host's later updates
/// and the test's clicks can name the card; Slack's Web API (<c>/api/{method}</c>) and Slack's response URLs
/// (<c>/hooks/…</c>). Replies are counted per Teams conversation, Slack channel and response URL.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<SentActivity> sent = new();
    private readonly ConcurrentDictionary<string, int> replies = new(StringComparer.Ordinal);
    private WebApplication app = null!;
    private long next;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The activities sent to the Bot Framework connector, in the order they arrived.</summary>
    public IReadOnlyList<SentActivity> Sent => [.. sent];

    /// <summary>Replies received for a Teams conversation id, a Slack channel id or a response URL's path.</summary>
    public int RepliesTo(string conversationOrChannel) => replies.GetValueOrDefault(conversationOrChannel);

    /// <summary>Replies received in all: Teams activities, Slack Web API calls naming a channel, and response URL posts.</summary>
    public int Total => replies.Values.Sum();

    public static async Task<RecordingConnector> StartAsync()
    {
        var connector = new RecordingConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        connector.app = builder.Build();
        connector.app.Run(connector.HandleAsync);
        await connector.app.StartAsync();
        var address = connector.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        connector.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>Waits until an activity matching <paramref name="match"/> was sent; fails with what was sent after <paramref name="timeout"/>.</summary>
    public async Task<SentActivity> WaitForAsync(Func<SentActivity, bool> match, TimeSpan timeout, string what)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (Sent.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no {what} within {timeout}; sent: {string.Join(" | ", Sent.Select(s => $"{s.Method} {s.Conversation}: {s.Text}"))}");
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        if (path.StartsWith("/v3/conversations/", StringComparison.Ordinal))
        {
            return ConnectorAsync(context, path);
        }

        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return SlackApiAsync(context);
        }

        if (path.StartsWith("/hooks/", StringComparison.Ordinal))
        {
            Count(path);
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"ok":true}""");
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private async Task ConnectorAsync(HttpContext context, string path)
    {
        context.Response.ContentType = "application/json";
        if (context.Request.Method == "GET" && path.Contains("/pagedmembers", StringComparison.Ordinal))
        {
            // The roster of a conversation: nobody the bot could match (people are learned from what they send).
            await context.Response.WriteAsync("""{"members":[]}""");
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        var conversation = WebUtility.UrlDecode(path["/v3/conversations/".Length..].Split('/')[0]);
        var id = context.Request.Method == "PUT" ? WebUtility.UrlDecode(path.Split('/')[^1]) : $"activity-{Interlocked.Increment(ref next)}";
        sent.Enqueue(new SentActivity(context.Request.Method, conversation, id, body!.AsObject()));
        Count(conversation);
        context.Response.StatusCode = context.Request.Method == "PUT" ? 200 : 201;
        await context.Response.WriteAsync($$"""{"id":"{{id}}"}""");
    }

    private async Task SlackApiAsync(HttpContext context)
    {
        string? channel = null;
        try
        {
            using var call = await JsonDocument.ParseAsync(context.Request.Body);
            channel = call.RootElement.TryGetProperty("channel", out var c) ? c.GetString() : null;
        }
        catch (JsonException)
        {
            // A body that is not JSON names no channel: answered, not counted.
        }

        if (channel is not null)
        {
            Count(channel);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { ok = true, channel, ts = $"1700000000.{Interlocked.Increment(ref next):D6}" }));
    }

    private void Count(string conversationOrChannel) => replies.AddOrUpdate(conversationOrChannel, 1, (_, n) => n + 1);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
