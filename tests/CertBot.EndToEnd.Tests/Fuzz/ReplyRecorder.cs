using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.EndToEnd.Tests.Fuzz;

/// <summary>
/// The Bot Connector (<c>/v3/conversations/{id}/activities</c>), Slack's Web API (<c>/api/{method}</c>) and Slack's
/// response URLs (<c>/hooks/…</c>) on one loopback Kestrel port: counts the replies per Teams conversation and per
/// Slack channel, and answers as the real services do.
/// </summary>
internal sealed class ReplyRecorder : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> replies = new(StringComparer.Ordinal);
    private WebApplication app = null!;
    private long ts;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Replies received for a Teams conversation id or a Slack channel id.</summary>
    public int RepliesTo(string conversationOrChannel) => replies.GetValueOrDefault(conversationOrChannel);

    public int Total => replies.Values.Sum();

    public static async Task<ReplyRecorder> StartAsync()
    {
        var recorder = new ReplyRecorder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        recorder.app = builder.Build();
        recorder.app.Run(recorder.HandleAsync);
        await recorder.app.StartAsync();
        var address = recorder.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        recorder.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return recorder;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        context.Response.ContentType = "application/json";
        if (path.StartsWith("/v3/conversations/", StringComparison.Ordinal))
        {
            var conversation = WebUtility.UrlDecode(path["/v3/conversations/".Length..].Split('/')[0]);
            replies.AddOrUpdate(conversation, 1, (_, n) => n + 1);
            context.Response.StatusCode = context.Request.Method == "PUT" ? 200 : 201;
            await context.Response.WriteAsync($$"""{"id":"reply-{{Interlocked.Increment(ref ts)}}"}""");
            return;
        }

        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            string? channel = null;
            try
            {
                using var call = JsonDocument.Parse(body);
                channel = call.RootElement.TryGetProperty("channel", out var c) ? c.GetString() : null;
            }
            catch (JsonException)
            {
            }

            if (channel is not null)
            {
                replies.AddOrUpdate(channel, 1, (_, n) => n + 1);
            }

            await context.Response.WriteAsync(JsonSerializer.Serialize(new { ok = true, channel, ts = $"1700000000.{Interlocked.Increment(ref ts):D6}" }));
            return;
        }

        if (path.StartsWith("/hooks/", StringComparison.Ordinal))
        {
            replies.AddOrUpdate(path, 1, (_, n) => n + 1);
            await context.Response.WriteAsync("""{"ok":true}""");
            return;
        }

        context.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
