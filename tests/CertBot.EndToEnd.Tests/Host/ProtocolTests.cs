using System.Net;
using System.Text;
using CertBot.EndToEnd.Tests.Infrastructure;
using CertBot.Engine.Runs;
using CertBot.Storage.Sqlite;

namespace CertBot.EndToEnd.Tests.Host;

/// <summary><c>POST /api/messages</c> against the real host process (Kestrel on loopback).</summary>
public sealed class ProtocolTests
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Post_WithoutToken_WhileAnAppIdIsConfigured_Is401()
    {
        using var directory = new TempDirectory("auth");
        await using var host = HostProcess.Start(directory.Path, ["--config", TestConfiguration.WriteMinimal(directory.Path)],
            new Dictionary<string, string?> { ["Teams__AppId"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301", ["Teams__TenantId"] = "9a0c0305-4f89-11d3-9a0c-0305e82c3301",
                ["Teams__ClientSecret"] = "only-in-the-environment" });
        await host.WaitHealthyAsync(StartLimit);

        using var http = new HttpClient();
        using var response = await http.PostAsync(host.MessagesUrl, Json(MessageActivity("regenerate tomcat on lab-east")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await RunsAsync(host));
    }

    [Fact]
    public async Task SlackCommand_WithoutASignature_Is401_AndLeavesNoTrace()
    {
        using var directory = new TempDirectory("slack");
        await using var host = HostProcess.Start(directory.Path, ["--config", TestConfiguration.WriteMinimal(directory.Path)],
            new Dictionary<string, string?> { ["Slack__SigningSecret"] = "only-in-the-environment" });
        await host.WaitHealthyAsync(StartLimit);

        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["command"] = "/certbot", ["text"] = "regenerate tomcat on lab-east", ["user_id"] = "U1" });
        using var response = await http.PostAsync(new Uri(host.MessagesUrl, "/slack/commands"), form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await RunsAsync(host));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":\"regenerate tomcat on lab-east\"")]
    [InlineData("{\"text\":\"regenerate tomcat on lab-east\",\"from\":{\"id\":\"29:x\",\"aadObjectId\":\"22222222-2222-4222-8222-222222222222\"}}")]
    [InlineData("[\"regenerate tomcat on lab-east\"]")]
    public async Task Post_MalformedActivity_Is400_AndLeavesNoTrace(string body)
    {
        using var directory = new TempDirectory("malformed");
        await using var host = HostProcess.Start(directory.Path, ["--config", TestConfiguration.WriteMinimal(directory.Path)]);
        await host.WaitHealthyAsync(StartLimit);

        using var http = new HttpClient();
        using var response = await http.PostAsync(host.MessagesUrl, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await RunsAsync(host));
    }

    [Fact]
    public async Task Post_OversizedActivity_Is400()
    {
        using var directory = new TempDirectory("oversized");
        await using var host = HostProcess.Start(directory.Path, ["--config", TestConfiguration.WriteMinimal(directory.Path)]);
        await host.WaitHealthyAsync(StartLimit);

        using var http = new HttpClient();
        var padded = MessageActivity("help").Replace("\"help\"", $"\"help {new string('x', 2 * 1024 * 1024)}\"", StringComparison.Ordinal);
        using var response = await http.PostAsync(host.MessagesUrl, Json(padded));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string MessageActivity(string text) =>
        $$"""
        {"type":"message","id":"1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/_connector",
         "from":{"id":"29:rita","name":"Rita","aadObjectId":"11111111-1111-4111-8111-111111111111"},
         "recipient":{"id":"28:bot","name":"CertBot"},
         "conversation":{"id":"personal-1","conversationType":"personal"},
         "text":"{{text}}"}
        """;

    /// <summary>Every run and journal line in the host's own SQLite file, read by a second connection.</summary>
    private static async Task<IReadOnlyList<string>> RunsAsync(HostProcess host)
    {
        var store = new SqliteEngineStore(host.DatabasePath, TimeProvider.System);
        var runs = await store.ListAsync(Enum.GetValues<RunState>(), 100, CancellationToken.None);
        var trace = new List<string>();
        foreach (var run in runs)
        {
            trace.Add($"run {run.Id}");
            trace.AddRange((await store.JournalOfAsync(run.Id, CancellationToken.None)).Select(j => $"journal {j}"));
        }

        return trace;
    }
}
