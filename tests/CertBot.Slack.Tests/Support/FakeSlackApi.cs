using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Slack.Tests.Support;

/// <summary>
/// Slack's Web API as a real HTTP server on 127.0.0.1 (Kestrel, a free port): <c>chat.postMessage</c> answers with a
/// fresh <c>ts</c>, <c>chat.update</c> and <c>chat.postEphemeral</c> with ok, <c>conversations.open</c> with
/// <see cref="DirectChannel"/>, every call is recorded. Tests can make
/// the next answers of a method a 429 with Retry-After or an <c>ok:false</c> error. <c>/respond/…</c> takes
/// response_url answers; <c>/files/…</c> serves the files a test shares (<see cref="Files"/>), recording who asked.
/// A file upload goes as Slack's does: <c>files.getUploadURLExternal</c> (form fields, recorded as a JSON object)
/// answers an address under <c>/files/upload/</c>, which keeps the bytes (<see cref="Uploads"/>), then
/// <c>files.completeUploadExternal</c>.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private static readonly string[] ScriptedMessages = ["[ERROR] scripted"];
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedSlackCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> scripted = new();
    private long nextTs = 1_700_000_000_000100;

    private FakeSlackApi(WebApplication app)
    {
        this.app = app;
        app.MapPost("/api/{method}", HandleAsync);
        app.MapPost("/respond/{id}", HandleAsync);
        app.MapPost("/files/upload/{id}", async (string id, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            Uploads[id] = (await reader.ReadToEndAsync(), request.Headers.Authorization.ToString());
            return Results.Ok();
        });
        app.MapGet("/files/{name}", (string name, HttpRequest request) =>
        {
            FileAuthorizations.Enqueue(request.Headers.Authorization.ToString());
            return Files.TryGetValue(name, out var text) ? Results.Text(text, "application/octet-stream") : Results.NotFound();
        });
    }

    /// <summary>Files by name, served at <see cref="FileUrl"/> as Slack serves <c>url_private</c>.</summary>
    public ConcurrentDictionary<string, string> Files { get; } = new();

    /// <summary>The Authorization header of every file download.</summary>
    public ConcurrentQueue<string> FileAuthorizations { get; } = new();

    public Uri FileUrl(string name) => new(BaseUrl, "/files/" + name);

    /// <summary>The bytes uploaded to each upload address (by file id), as text, with the Authorization header sent.</summary>
    public ConcurrentDictionary<string, (string Content, string Authorization)> Uploads { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedSlackCall> Calls => [.. calls];

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new FakeSlackApi(builder.Build());
        await fake.app.StartAsync();
        var address = fake.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return fake;
    }

    /// <summary>The next <paramref name="times"/> calls of the method answer 429 with <c>Retry-After: seconds</c>.</summary>
    public void RateLimitNext(string method, int times, int retryAfterSeconds) =>
        Script(method, times, async context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await context.Response.WriteAsync("");
        });

    /// <summary>The next call of the method answers HTTP 200 <c>{"ok":false,"error":…}</c>.</summary>
    public void FailNext(string method, string error) =>
        Script(method, 1, context => context.Response.WriteAsJsonAsync(new { ok = false, error, response_metadata = new { messages = ScriptedMessages } }));

    public IReadOnlyList<RecordedSlackCall> Of(string method) => [.. calls.Where(c => c.Method == method)];

    /// <summary>Waits until a call matching <paramref name="match"/> arrives (the bot works after its acknowledgement).</summary>
    public async Task<RecordedSlackCall> WaitForAsync(Func<RecordedSlackCall, bool> match, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (calls.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no Slack call {what} arrived; calls so far:\n" + string.Join("\n", calls.Select(c => $"{c.Method} {c.Channel} ts={c.Ts} thread={c.ThreadTs}: {c.Text}")));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>The direct message channel the fake opens for a user (<c>conversations.open</c>).</summary>
    public static string DirectChannel(string user) => "D" + user;

    private void Script(string method, int times, Func<HttpContext, Task> answer)
    {
        var queue = scripted.GetOrAdd(method, _ => new ConcurrentQueue<Func<HttpContext, Task>>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(answer);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var method = context.Request.RouteValues["method"] as string ?? "response_url";
        using var document = context.Request.HasFormContentType
            ? JsonDocument.Parse(JsonSerializer.Serialize((await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())))
            : await JsonDocument.ParseAsync(context.Request.Body);
        var call = new RecordedSlackCall(method, context.Request.Headers.Authorization.ToString(), document.RootElement.Clone(), DateTimeOffset.UtcNow);
        if (scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var answer))
        {
            calls.Enqueue(call);
            await answer(context);
            return;
        }

        if (method == "conversations.open")
        {
            // Each person's direct message channel with the bot: D + their user id.
            calls.Enqueue(call);
            await context.Response.WriteAsJsonAsync(new { ok = true, channel = new { id = DirectChannel(call.Get("users") ?? "") } });
            return;
        }

        if (method == "files.getUploadURLExternal")
        {
            var id = "F" + Interlocked.Increment(ref nextTs).ToString(CultureInfo.InvariantCulture);
            calls.Enqueue(call);
            await context.Response.WriteAsJsonAsync(new { ok = true, upload_url = new Uri(BaseUrl, "/files/upload/" + id).ToString(), file_id = id });
            return;
        }

        var ts = method == "chat.postMessage"
            ? (Interlocked.Increment(ref nextTs) / 1_000_000m).ToString("0.000000", CultureInfo.InvariantCulture)
            : call.Get("ts");
        calls.Enqueue(call with { AnsweredTs = ts });
        await context.Response.WriteAsJsonAsync(new { ok = true, channel = call.Channel, ts });
    }
}
