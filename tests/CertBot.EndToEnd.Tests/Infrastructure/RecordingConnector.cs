using System.Collections.Concurrent;
using System.Net;
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
/// The Bot Framework connector as a real HTTP server on loopback (<c>/v3/conversations/{id}/activities[/{activityId}]</c>):
/// keeps every activity the host sends, with the conversation it went to, and answers with a fresh activity id as
/// the connector does, so the host's later updates and the test's clicks can name the card.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<SentActivity> sent = new();
    private WebApplication app = null!;
    private long next;

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<SentActivity> Sent => [.. sent];

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

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        if (!path.StartsWith("/v3/conversations/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (context.Request.Method == "GET" && path.Contains("/pagedmembers", StringComparison.Ordinal))
        {
            // The roster of a conversation: nobody the bot could match (people are learned from what they send).
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"members":[]}""");
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        var conversation = WebUtility.UrlDecode(path["/v3/conversations/".Length..].Split('/')[0]);
        var id = context.Request.Method == "PUT" ? WebUtility.UrlDecode(path.Split('/')[^1]) : $"activity-{Interlocked.Increment(ref next)}";
        sent.Enqueue(new SentActivity(context.Request.Method, conversation, id, body!.AsObject()));
        context.Response.StatusCode = context.Request.Method == "PUT" ? 200 : 201;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"id":"{{id}}"}""");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One activity the host sent: a post (<c>POST</c>) or an update of the card <see cref="Id"/> (<c>PUT</c>).</summary>
public sealed record SentActivity(string Method, string Conversation, string Id, JsonObject Body)
{
    /// <summary>The Adaptive Card it carries, or null for a text message.</summary>
    public JsonObject? Card => Body["attachments"]?.AsArray().FirstOrDefault()?["content"]?.AsObject();

    /// <summary>The card's first line (its heading), else the message text.</summary>
    public string Text => (string?)Card?["body"]?[0]?["text"] ?? (string?)Body["text"] ?? "";
}
