using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CertBot.Teams.Tests.Support;

/// <summary>
/// A Bot Connector stand-in on a real loopback server: records every request as it arrived on the wire
/// (raw path, headers, body) and answers from a script, then with <c>201 {"id":…}</c>.
/// </summary>
internal sealed class RecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private LoopbackServer? _server;
    private int _nextId;

    public Uri ServiceUrl => _server!.BaseUri;

    /// <summary>The client a test's Connector client sends with; disposed with the connector.</summary>
    public HttpClient Http { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Requests whose body this matches are answered 403 (the bot was removed from the conversation), not recorded.</summary>
    public Func<string, bool>? Refuse { get; set; }

    /// <summary>How long each request is held before it is recorded and answered (a slow connector).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>
    /// What <c>GET …/pagedmembers</c> answers (status and body) for the request's raw target; an empty roster unless a
    /// test sets one. Those requests are recorded like any other.
    /// </summary>
    public Func<string, (int Status, string Body)> Roster { get; set; } = _ => (200, """{"members":[]}""");

    /// <summary>How many requests <see cref="Refuse"/> refused.</summary>
    public int Refused => _refused;

    private int _refused;

    public static async Task<RecordingConnector> StartAsync()
    {
        var connector = new RecordingConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.Run(connector.HandleAsync));
        return connector;
    }

    /// <summary>Answers the next request with this status, headers and body.</summary>
    public void Then(int status, string body = "", params (string Name, string Value)[] headers) =>
        _script.Enqueue(new ScriptedAnswer(status, body, headers));

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        if (Refuse is { } refuse && refuse(body))
        {
            Interlocked.Increment(ref _refused);
            context.Response.StatusCode = 403;
            await context.Response.WriteAsync("{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}");
            return;
        }

        var scripted = _script.TryDequeue(out var answer);
        var id = scripted ? null : $"activity-{Interlocked.Increment(ref _nextId)}";
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            body,
            DateTimeOffset.UtcNow,
            id));

        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        if (!scripted && context.Request.Method == "GET" && target.Contains("/pagedmembers", StringComparison.Ordinal))
        {
            var (status, members) = Roster(target);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(members);
            return;
        }

        if (scripted)
        {
            context.Response.StatusCode = answer!.Status;
            foreach (var (name, value) in answer.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.WriteAsync(answer.Body);
            return;
        }

        context.Response.StatusCode = context.Request.Method == "PUT" ? 200 : 201;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"id":"{{id}}"}""");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private sealed record ScriptedAnswer(int Status, string Body, (string Name, string Value)[] Headers);
}
