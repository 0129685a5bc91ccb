using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CertBot.Benchmarks;

/// <summary>
/// How fast <c>/api/messages</c> acknowledges a <c>help</c> message (the time Teams waits for the 200), at 1, 10 and 50
/// concurrent conversations, side by side with a bare ASP.NET Core endpoint that only reads the body: the CertBot host
/// in local mode and the bare endpoint each run as their own process on loopback, and the levels alternate between
/// them round by round, so both see the same machine. The host's answers go to a connector that takes them at once,
/// a third process (<c>sink</c>), so the measuring process does the same work for both servers. Target: CertBot's p99
/// at 50 conversations at most twice the bare endpoint's.
/// </summary>
internal static class AckLatencyBenchmark
{
    private const double Target = 2.0;

    public static async Task<int> RunAsync(AckLatencyArguments arguments, TextWriter output)
    {
        var directory = Directory.CreateTempSubdirectory("certbot-ack-bench-");
        try
        {
            var config = Path.Combine(directory.FullName, "certbot.json");
            // One cluster whose node is never contacted: help reads no node.
            await File.WriteAllTextAsync(config, """
                { "CertBot": { "Clusters": [ { "Name": "bench", "Approvers": [ "cli:approver" ], "Nodes": [ { "Name": "pub", "Host": "127.0.9.250", "Port": 1, "Product": "cucm", "Role": "publisher",
                  "Password": "not-a-real-node", "HostKeySha256": "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU" } ] } ] } }
                """);
            if (!OperatingSystem.IsWindows())
            {
                // The host refuses a file holding a password that others can read.
                File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            // The connector runs as its own process like the two servers, so the process that measures does the same
            // work for both: only CertBot posts answers, and taking them here put its cost into CertBot's figures only.
            using var sink = ServerProcess.Sink(directory.FullName, ServerProcess.FreePort());
            using var host = ServerProcess.Host(directory.FullName, config, ServerProcess.FreePort());
            using var bare = ServerProcess.Bare(directory.FullName, ServerProcess.FreePort());
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) });
            var received = new Uri(sink.BaseAddress, ReplySink.ReceivedPath);
            await sink.WaitReadyAsync(http, () => new HttpRequestMessage(HttpMethod.Get, received));
            var sequence = 0L;
            string Help(string conversation) => Activity(sink.BaseAddress, conversation, Interlocked.Increment(ref sequence));
            await host.WaitReadyAsync(http, () => Help("warm-up"));
            await bare.WaitReadyAsync(http, () => Help("warm-up"));
            // Warm-up: JIT, connection pools, the host's first store writes.
            foreach (var server in new[] { bare, host })
            {
                await MeasureAsync(http, server, 10, 300, 0, Help);
            }

            var samples = new Dictionary<(string Server, int Level), List<double>>();
            for (var round = 0; round < arguments.Rounds; round++)
            {
                foreach (var level in arguments.Levels)
                {
                    foreach (var (name, server) in round % 2 == 0 ? new[] { ("bare", bare), ("certbot", host) } : [("certbot", host), ("bare", bare)])
                    {
                        var measured = await MeasureAsync(http, server, level, arguments.Requests, arguments.PauseMilliseconds, Help);
                        (samples.TryGetValue((name, level), out var list) ? list : samples[(name, level)] = []).AddRange(measured);
                    }
                }
            }

            var pace = arguments.PauseMilliseconds == 0 ? "each conversation's next message at once (a flood)"
                : string.Create(CultureInfo.InvariantCulture, $"each conversation pausing {arguments.PauseMilliseconds} ms after each acknowledgement");
            var answers = await http.GetStringAsync(received);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Ack latency of POST /api/messages (help), {arguments.Rounds} rounds × {arguments.Requests} requests per level and endpoint, {pace}; {answers} answers reached the connector; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
            output.WriteLine("| concurrent conversations | bare p50 | bare p99 | CertBot p50 | CertBot p99 | p99 ratio |");
            output.WriteLine("| --- | --- | --- | --- | --- | --- |");
            var ratio50 = 0.0;
            foreach (var level in arguments.Levels)
            {
                var (b, c) = (samples[("bare", level)], samples[("certbot", level)]);
                var ratio = Percentile(c, 0.99) / Percentile(b, 0.99);
                ratio50 = level == arguments.Levels.Max() ? ratio : ratio50;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {level} | {Percentile(b, 0.5):F2} ms | {Percentile(b, 0.99):F2} ms | {Percentile(c, 0.5):F2} ms | {Percentile(c, 0.99):F2} ms | {ratio:F2}× |"));
            }

            // A full work queue refuses the message (told "busy" after the 200): the flood is above what the workers answer.
            var busy = host.Output.Split('\n').Count(l => l.Contains("Work queue full", StringComparison.Ordinal));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  messages answered busy (work queue full): {busy}"));
            var met = ratio50 <= Target;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  target   CertBot p99 at {arguments.Levels.Max()} ≤ {Target}× the bare endpoint's: {(met ? "met" : "NOT met")} ({ratio50:F2}×)"));
            return met ? 0 : 1;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>
    /// <paramref name="level"/> conversations at once, each sending its share of <paramref name="requests"/> one after
    /// another, <paramref name="pause"/> ms apart (the conversations' starts spread over one pause); latencies in ms.
    /// </summary>
    private static async Task<List<double>> MeasureAsync(HttpClient http, ServerProcess server, int level, int requests, int pause, Func<string, string> help)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var perConversation = Math.Max(1, requests / level);
        var all = await Task.WhenAll(Enumerable.Range(0, level).Select(async conversation =>
        {
            var latencies = new List<double>(perConversation);
            await Task.Delay(pause * conversation / level);
            for (var i = 0; i < perConversation; i++)
            {
                if (i > 0 && pause > 0)
                {
                    await Task.Delay(pause);
                }

                using var content = new StringContent(help($"bench-{run}-{level}-{conversation}"), Encoding.UTF8, "application/json");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(server.Messages, content);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{server.Messages} answered {(int)response.StatusCode}");
                }
            }

            return latencies;
        }));
        return [.. all.SelectMany(l => l)];
    }

    /// <summary>A Teams message <c>help</c> in a personal conversation, as the connector posts it (local mode: no token).</summary>
    private static string Activity(Uri serviceUrl, string conversation, long sequence) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = string.Create(CultureInfo.InvariantCulture, $"m{sequence}"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString().TrimEnd('/'),
        ["from"] = new JsonObject { ["id"] = "29:" + conversation, ["name"] = "Bench", ["aadObjectId"] = "11111111-1111-4111-8111-111111111111" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CertBot" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-bench" },
        ["text"] = "help",
    }.ToJsonString();

    private static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
