using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CertBot.EndToEnd.Tests.Infrastructure;
using CertBot.Testing;

namespace CertBot.EndToEnd.Tests.Host;

/// <summary>The host's start-up: what it refuses (before listening) and how it stops.</summary>
public sealed class StartupTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_WithoutAppId_OnEveryInterface_IsRefused()
    {
        using var directory = new TempDirectory("exposed");
        await using var host = HostProcess.Start(directory.Path, ["--config", TestConfiguration.WriteMinimal(directory.Path)],
            urls: $"http://0.0.0.0:{FreePort.Next()}");

        Assert.Equal(2, await host.WaitExitAsync(Limit));
        Assert.Contains("Teams app id is empty (authentication off) but the host listens on http://0.0.0.0:", host.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithMissingConfigFile_NamesTheFile()
    {
        using var directory = new TempDirectory("missing");
        var missing = Path.Combine(directory.Path, "nowhere.json");
        await using var host = HostProcess.Start(directory.Path, ["--config", missing]);

        Assert.Equal(2, await host.WaitExitAsync(Limit));
        Assert.Contains($"the configuration file {missing} (--config) does not exist", host.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithRelativeConfigAndStore_FindsBothInTheWorkingDirectory()
    {
        using var directory = new TempDirectory("relative");
        var config = Path.GetFileName(TestConfiguration.WriteMinimal(directory.Path));
        await using var host = HostProcess.Start(directory.Path, ["--config", config],
            new Dictionary<string, string?> { ["CertBot__Storage__SqlitePath"] = "relative.db" });

        await host.WaitHealthyAsync(Limit);

        Assert.True(File.Exists(Path.Combine(directory.Path, "relative.db")), host.Output.Tail());
        Assert.Equal(0, await host.StopAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task DotnetRun_KeepsTheWorkingDirectory_ARelativeConfigMeansTheDirectoryItWasTypedIn()
    {
        using var directory = new TempDirectory("dotnet-run");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory.Path,
        };
        foreach (var argument in (string[])["run", "--no-build", "-c", HostProcess.BuildConfiguration, "--project", Path.Combine(RepositoryRoot.Path, "src", "CertBot.Host"), "--", "--config", "mine.json"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains($"the configuration file {Path.Combine(directory.Path, "mine.json")} (--config) does not exist", await output + await error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithProblems_ListsEveryOneWithWhatToFix()
    {
        using var directory = new TempDirectory("problems");
        var config = TestConfiguration.WriteMinimal(directory.Path, root =>
        {
            var cluster = root["CertBot"]!["Clusters"]![0]!;
            cluster["Approvers"] = new JsonArray("alan");
            cluster["Nodes"]![0]!["Role"] = "publsher";
            root["Teams"] = new JsonObject { ["ClientSecret"] = "in-a-file" };
        });
        await using var host = HostProcess.Start(directory.Path, ["--config", config]);

        Assert.Equal(2, await host.WaitExitAsync(Limit));
        var output = host.Output.ToString();
        Assert.Contains("approver 'alan' is neither a principal (aad:<object id>, slack:<user id>, cli:<name>) nor a person of CertBot:People", output, StringComparison.Ordinal);
        Assert.Contains("has Role 'publsher': use publisher or subscriber", output, StringComparison.Ordinal);
        Assert.Contains($"{config} holds Teams:ClientSecret: remove it and set the environment variable Teams__ClientSecret instead", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithTheTestingClock_WhileAnAppIdIsSet_IsRefused_AndBadWatchSettingsAreNamed()
    {
        using var directory = new TempDirectory("clock");
        var config = TestConfiguration.WriteMinimal(directory.Path, root => root["CertBot"]!["Watch"] = JsonNode.Parse("""
            { "Clusters": [ { "Cluster": "lab-north", "Thresholds": [ 30, 0 ], "Channels": [ { "Platform": "teams", "Channel": "19:ops@thread.tacv2" } ] } ] }
            """));
        await using var host = HostProcess.Start(directory.Path, ["--config", config], new Dictionary<string, string?>
        {
            ["CertBot__Testing__ClockFile"] = Path.Combine(directory.Path, "clock"),
            ["Teams__AppId"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            ["Teams__TenantId"] = "9a0c0305-4f89-11d3-9a0c-0305e82c3301",
            ["Teams__ClientSecret"] = "only-in-the-environment",
        });

        Assert.Equal(2, await host.WaitExitAsync(Limit));
        var output = host.Output.ToString();
        Assert.Contains("CertBot:Testing:ClockFile moves the host's clock for tests and is refused while Teams:AppId is set", output, StringComparison.Ordinal);
        Assert.Contains("CertBot:Watch cluster 'lab-north' is not a configured cluster", output, StringComparison.Ordinal);
        Assert.Contains("the threshold 0 is not a number of days between 1 and 3650", output, StringComparison.Ordinal);
        Assert.Contains("the Teams channel 19:ops@thread.tacv2 needs the team's ServiceUrl", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAppIdButNoTenantOrSecret_SaysWhatTheBotStillNeeds()
    {
        using var directory = new TempDirectory("identity");
        await using var host = HostProcess.Start(directory.Path, ["--config", TestConfiguration.WriteMinimal(directory.Path)],
            new Dictionary<string, string?> { ["Teams__AppId"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301" });

        Assert.Equal(2, await host.WaitExitAsync(Limit));
        Assert.Contains("Teams:AppId is set but Teams:TenantId is not", host.Output.ToString(), StringComparison.Ordinal);
        Assert.Contains("set the environment variable Teams__ClientSecret, or Teams:UseManagedIdentity to true", host.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithPasswordsInAFileOthersCanRead_IsRefused()
    {
        using var directory = new TempDirectory("readable");
        var config = TestConfiguration.WriteMinimal(directory.Path);
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        await using var host = HostProcess.Start(directory.Path, ["--config", config]);

        Assert.Equal(2, await host.WaitExitAsync(Limit));
        Assert.Contains($"{config} holds passwords and is readable by others: chmod 600 it", host.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondHostOnOneSqliteFile_IsRefusedAtStart_UntilTheFirstHasStopped()
    {
        using var directory = new TempDirectory("sqlite-single");
        var config = TestConfiguration.WriteMinimal(directory.Path);
        await using var first = HostProcess.Start(directory.Path, ["--config", config]);
        await first.WaitHealthyAsync(Limit);

        // The same directory: the second host is given the same SQLite file (CertBot:Storage:SqlitePath).
        await using var second = HostProcess.Start(directory.Path, ["--config", config]);
        var refused = await second.WaitExitAsync(Limit);
        var firstStopped = await first.StopAsync(TimeSpan.FromSeconds(20));
        await using var third = HostProcess.Start(directory.Path, ["--config", config]);
        await third.WaitHealthyAsync(Limit);

        Assert.Equal(second.DatabasePath, first.DatabasePath);
        Assert.Equal(2, refused);
        var output = second.Output.ToString();
        Assert.Contains($"another CertBot instance (a host or certbot work) already works on the SQLite store {first.DatabasePath}", output, StringComparison.Ordinal);
        Assert.Contains("SQLite admits one instance per file; to run several instances, put them on PostgreSQL (CertBot:Storage:Provider = postgres)", output, StringComparison.Ordinal);
        // Refused before Kestrel listens (the first host, admitted, did listen).
        Assert.Contains("Now listening on", first.Output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", output, StringComparison.Ordinal);
        Assert.Equal(0, firstStopped);
    }

    [Fact]
    public async Task Healthz_WhileTheStoreAnswers_IsHealthy_AndSigtermStopsTheHostCleanly()
    {
        using var directory = new TempDirectory("health");
        await using var host = HostProcess.Start(directory.Path, ["--config", TestConfiguration.WriteMinimal(directory.Path)]);
        await host.WaitHealthyAsync(Limit);
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(host.BaseAddress, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(host.DatabasePath));
        Assert.Contains("Runner started", host.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.StopAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("Runner stopped", host.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAClusterWithoutApprovers_StartsReadOnly_WithAWarning()
    {
        using var directory = new TempDirectory("read-only");
        var config = TestConfiguration.WriteMinimal(directory.Path, root => root["CertBot"]!["Clusters"]![0]!["Approvers"] = new JsonArray());
        await using var host = HostProcess.Start(directory.Path, ["--config", config]);
        await host.WaitHealthyAsync(Limit);

        Assert.Contains("cluster 'lab-east' has no approver: it is read-only", host.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.StopAsync(TimeSpan.FromSeconds(20)));
    }
}
