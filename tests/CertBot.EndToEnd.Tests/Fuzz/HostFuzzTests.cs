using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using CertBot.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CertBot.EndToEnd.Tests.Fuzz;

/// <summary>
/// The real host process under 10,000 generated chat texts (Teams messages and Slack mentions) and 1,200 malformed
/// activities and Slack payloads, sent 16 at a time: no response is a 5xx, the host stays up and healthy, and every
/// typed text is answered in its own conversation. Seeded, so a failure is reproduced by running it again.
/// </summary>
public sealed class HostFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261205;
    private const int Texts = 10_000;
    private const int Malformed = 1_200;
    private const int Parallel = 16;

    [Fact]
    public async Task TenThousandTexts_AndMalformedRequests_NoServerError_HostAlive_EveryTextAnswered()
    {
        using var directory = new TempDirectory("fuzz");
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = FuzzHost.Start(directory.Path, connector);
        await host.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        var input = new FuzzInput(Seed);
        var requests = new List<Func<HttpClient, Task<HttpStatusCode>>>();
        var expected = new List<string>();
        for (var i = 0; i < Texts; i++)
        {
            var text = input.Text();
            if (i % 5 == 4)
            {
                var channel = $"CFUZZ{i}";
                var body = FuzzInput.SlackMention(channel, $"UFUZZ{i}", text);
                requests.Add(http => SlackAsync(http, host, "/events", body, FuzzInput.Json, signed: true));
                expected.Add(channel);
            }
            else
            {
                var conversation = $"fuzz-{i}";
                var body = FuzzInput.TeamsMessage(connector.BaseUri, conversation, text).ToJsonString();
                requests.Add(http => TeamsAsync(http, host, body, FuzzInput.Json));
                expected.Add(conversation);
            }
        }

        for (var i = 0; i < Malformed; i++)
        {
            if (i % 2 == 0)
            {
                var (body, type) = input.MalformedActivity(connector.BaseUri, i);
                requests.Add(http => TeamsAsync(http, host, body, type));
            }
            else
            {
                var (path, body, type, signed) = input.MalformedSlack(i);
                requests.Add(http => SlackAsync(http, host, path, body, type, signed));
            }
        }

        // Interleaved, as they would arrive: malformed requests between the texts.
        var order = Enumerable.Range(0, requests.Count).OrderBy(i => (i * 7919L) % requests.Count).ToList();
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var watch = Stopwatch.StartNew();
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
        {
            await System.Threading.Tasks.Parallel.ForEachAsync(order, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (index, _) =>
            {
                try
                {
                    var status = (int)await requests[index](http);
                    statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                    if (status >= 500)
                    {
                        failures.Enqueue($"request {index}: {status}");
                    }
                }
                catch (HttpRequestException e)
                {
                    failures.Enqueue($"request {index}: {e.Message}");
                }
            });
        }

        var sent = watch.Elapsed;
        var unanswered = expected;
        while (watch.Elapsed < sent + TimeSpan.FromSeconds(40) && (unanswered = expected.Where(c => connector.RepliesTo(c) == 0).ToList()).Count > 0)
        {
            await Task.Delay(200);
        }

        output.WriteLine($"seed {Seed}: {requests.Count} requests ({Texts} texts, {Malformed} malformed) sent in {sent.TotalSeconds:F1} s, " +
            $"all answered after {watch.Elapsed.TotalSeconds:F1} s; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; " +
            $"{connector.Total} replies; {unanswered.Count} texts unanswered");
        Assert.True(failures.IsEmpty, string.Join("; ", failures.Take(10)) + "\n" + Errors(host));
        Assert.DoesNotContain(statuses.Keys, s => s >= 500);
        Assert.False(host.HasExited, "the host exited:\n" + host.Output.Tail());
        using (var health = new HttpClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await health.GetAsync(new Uri(host.BaseAddress, "/healthz"))).StatusCode);
        }

        Assert.True(unanswered.Count == 0, $"{unanswered.Count} texts got no answer, e.g. {string.Join(", ", unanswered.Take(5))}");
    }

    /// <summary>The host's error entries with the lines after them (the exception), not its warnings about a full queue.</summary>
    private static string Errors(HostProcess host)
    {
        var lines = host.Output.ToString().Split('\n');
        return string.Join('\n', lines.Select((line, i) => (line, i)).Where(l => l.line.StartsWith("fail:", StringComparison.Ordinal) || l.line.StartsWith("crit:", StringComparison.Ordinal))
            .Take(3).SelectMany(l => lines.Skip(l.i).Take(25)));
    }

    private static async Task<HttpStatusCode> TeamsAsync(HttpClient http, HostProcess host, string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType.Length == 0 ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        using var response = await http.PostAsync(host.MessagesUrl, content);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> SlackAsync(HttpClient http, HostProcess host, string path, string body, string contentType, bool signed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, "/slack" + path)) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        var (timestamp, signature) = FuzzHost.Sign(body);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signed ? signature : "v0=" + new string('0', 64));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
