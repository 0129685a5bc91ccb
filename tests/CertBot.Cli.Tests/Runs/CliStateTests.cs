using System.Text.Json;
using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// Where the command line keeps and finds things: the default store in the user's state directory (printed by
/// --help), relative paths meaning the current directory, and every --json document in one documented camelCase shape.
/// </summary>
[Collection(RunsLabGroup.Name)]
public sealed class CliStateTests(RunsLab lab) : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task FromAnotherWorkingDirectory_RelativeConfigStoreAndOut_MeanThatDirectory()
    {
        string[] here = ["--config", "certbot.json", "--store", "certbot.db"];

        var requested = await MustHereAsync(NoEnvironment, [.. here, "request", "renew", "cup-xmpp", "--cluster", "lab-east", "--distribution", "single-node", "--as", CertBotWorkspace.Requester]);
        var run = requested.Output.Trim();
        await MustHereAsync(NoEnvironment, [.. here, "approve", run, "--as", CertBotWorkspace.Approver]);
        await MustHereAsync(NoEnvironment, [.. here, "work", "--until-idle"]);
        await MustHereAsync(NoEnvironment, [.. here, "csr", run, "--out", "csr"]);
        await MustHereAsync(NoEnvironment, [.. here, "cancel", run, "--as", CertBotWorkspace.Requester]);

        Assert.StartsWith("-----BEGIN CERTIFICATE REQUEST-----", await File.ReadAllTextAsync(Path.Combine(certbot.Directory, "csr", "imp-sub2.csr")), StringComparison.Ordinal);
        // The same run, read through the workspace's absolute paths: the relative store was the workspace's file.
        Assert.Equal("Cancelled", (await certbot.ShowAsync(run)).State);
    }

    [Fact]
    public async Task WithoutStore_RunsAreKeptInTheUsersStateDirectory_AndHelpSaysWhere()
    {
        var state = Path.Combine(certbot.Directory, "xdg-state");
        var xdg = new Dictionary<string, string> { ["XDG_STATE_HOME"] = state };
        var store = Path.Combine(state, "certbot", "certbot.db");

        var help = await MustHereAsync(xdg, "--help");
        var run = (await MustHereAsync(xdg, "--config", "certbot.json", "request", "regenerate", "tomcat", "--cluster", "lab-east", "--as", CertBotWorkspace.Requester)).Output.Trim();
        var shown = await MustHereAsync(xdg, "--config", "certbot.json", "show", run);
        await MustHereAsync(xdg, "--config", "certbot.json", "cancel", run, "--as", CertBotWorkspace.Requester);

        Assert.Contains($"Runs and journal are kept in {store} unless --store", help.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(store), store);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(store)!));
        Assert.Contains("AwaitingApproval", shown.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(certbot.StorePath), "the workspace's own store was used");
    }

    [Fact]
    public async Task Help_WithARelativeXdgStateHome_IgnoresIt_AndNamesTheHomeDirectorysState()
    {
        var home = Path.Combine(certbot.Directory, "home");

        var help = await MustHereAsync(new Dictionary<string, string> { ["XDG_STATE_HOME"] = "relative/state", ["HOME"] = home }, "--help");

        Assert.Contains($"Runs and journal are kept in {Path.Combine(home, ".local", "state", "certbot", "certbot.db")} unless", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryJsonDocument_IsCamelCase_WithItsDocumentedTopLevelKeys()
    {
        var plan = await certbot.PlanAsync("regenerate", "tomcat", "--cluster", "lab-east");
        var run = await certbot.RequestAsync("regenerate", "tomcat", "--cluster", "lab-east");
        var show = (await certbot.ShowAsync(run)).Root;
        var inventory = await certbot.InventoryAsync("lab-east");
        var expiring = JsonDocument.Parse((await certbot.RunAsync("expiring", "--cluster", "lab-east", "--days", "3650", "--json")).Output).RootElement;
        await certbot.MustAsync("cancel", run, "--as", CertBotWorkspace.Requester);

        Assert.Equal(["request", "steps", "decisions", "blockers", "hash", "plannedAt", "warnings"], Keys(plan));
        Assert.Equal(["run", "gates", "journal", "allowed"], Keys(show));
        Assert.Equal(["clusters"], Keys(inventory));
        Assert.Equal(["days", "readAt", "certificates", "nodesNotRead"], Keys(expiring));
        Assert.Equal("AwaitingApproval", show.GetProperty("run").GetProperty("state").GetString());
        Assert.Equal("Regenerate", plan.GetProperty("request").GetProperty("kind").GetString());
        foreach (var (name, document) in new[] { ("plan", plan), ("show", show), ("inventory", inventory), ("expiring", expiring) })
        {
            AssertCamelCase(document, name);
        }
    }

    public void Dispose() => certbot.Dispose();

    private static List<string> Keys(JsonElement document) => [.. document.EnumerateObject().Select(p => p.Name)];

    private static void AssertCamelCase(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Assert.True(property.Name.Length > 0 && char.IsLower(property.Name[0]) && property.Name.All(char.IsLetterOrDigit), $"{path}.{property.Name} is not camelCase");
                AssertCamelCase(property.Value, $"{path}.{property.Name}");
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                AssertCamelCase(item, $"{path}[{index++}]");
            }
        }
    }

    private async Task<CertBotResult> MustHereAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var result = await certbot.RunHereAsync(environment, arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
