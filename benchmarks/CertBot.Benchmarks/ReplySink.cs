using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Benchmarks;

/// <summary>
/// The Bot Connector the host answers into: takes every activity at once (201 with an id) and counts them; when
/// started recording, it also keeps each activity's body with the moment it arrived, for the cards benchmark.
/// </summary>
internal sealed class ReplySink : IAsyncDisposable
{
    private readonly List<(long At, string Body)> arrivals = [];
    private readonly SemaphoreSlim arrived = new(0);
    private WebApplication app = null!;
    private long received;
    private bool recording;

    /// <summary><c>GET</c> here answers how many activities arrived (<see cref="Received"/>).</summary>
    public const string ReceivedPath = "/received";

    public Uri BaseUri { get; private set; } = null!;

    public long Received => Interlocked.Read(ref received);

    /// <param name="record">Keep every body with its arrival time (<see cref="WaitForAsync"/>).</param>
    /// <param name="urls">Where to listen; a free loopback port when not given.</param>
    public static async Task<ReplySink> StartAsync(bool record = false, string urls = "http://127.0.0.1:0")
    {
        var sink = new ReplySink { recording = record };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        sink.app = builder.Build();
        sink.app.Run(async context =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path == ReceivedPath)
            {
                // How many activities arrived, for a benchmark that runs the sink as its own process.
                await context.Response.WriteAsync(sink.Received.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }

            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            // The path names the conversation the activity goes to (a matcher can tell threads apart).
            sink.Record(context.Request.Path + "\n" + body);
            var id = Interlocked.Increment(ref sink.received);
            context.Response.StatusCode = 201;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id":"reply-{{id}}"}""");
        });
        await sink.app.StartAsync();
        sink.BaseUri = new Uri(sink.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");
        return sink;
    }

    /// <summary>
    /// <c>sink --urls &lt;url&gt;</c>: the connector as its own process, so that taking the host's answers is not work
    /// done by the process that measures (the bare endpoint posts nothing, so that work would land in CertBot's
    /// figures only). Runs until killed.
    /// </summary>
    public static async Task<int> RunAsync(string urls)
    {
        await using var sink = await StartAsync(urls: urls);
        await Task.Delay(Timeout.Infinite);
        return 0;
    }

    /// <summary>
    /// The arrival time (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>) of the first activity that arrived at or
    /// after <paramref name="since"/> and whose request path and body (a line apart) satisfy <paramref name="match"/>;
    /// posts and in-place updates alike.
    /// </summary>
    public async Task<long> WaitForAsync(long since, Func<string, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            lock (arrivals)
            {
                foreach (var (at, body) in arrivals)
                {
                    if (at >= since && match(body))
                    {
                        return at;
                    }
                }
            }

            try
            {
                await arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no matching activity reached the connector within {timeout.TotalSeconds} s");
            }
        }
    }

    private void Record(string body)
    {
        if (!recording)
        {
            return;
        }

        var at = System.Diagnostics.Stopwatch.GetTimestamp();
        lock (arrivals)
        {
            arrivals.Add((at, body));
        }

        arrived.Release();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
    }
}
