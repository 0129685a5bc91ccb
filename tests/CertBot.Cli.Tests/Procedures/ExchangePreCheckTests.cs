using System.Text.Json;
using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>
/// P8's pre-checks run against the lab's nodes and SFTP server at planning time: the TFTP nodes' ITL, the
/// security mode, RollBackToPreGrayback and the SFTP directory are read and judged; a bad one blocks the plan.
/// </summary>
[Collection(CliLabGroup.Name)]
public sealed class ExchangePreCheckTests(CliLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task Plan_ReadsTheItlOfEveryTftpNodeOfBothClusters_AndListsTheSftpDirectory()
    {
        var logs = CommandLogs.Mark(lab.Inventory);

        var plan = await certbot.PlanAsync("exchange", "--from", "lab-east", "--to", "lab-west");

        Assert.Empty(plan.GetProperty("blockers").EnumerateArray());
        var read = logs.Since().Select(c => $"{c.Cluster}/{c.Node}: {c.Command}").ToList();
        foreach (var node in new[] { "lab-east/cucm-pub", "lab-east/cucm-sub1", "lab-west/cucm-pub", "lab-west/cucm-sub1" })
        {
            Assert.Contains(read, c => c.StartsWith(node + ": show itl", StringComparison.Ordinal));
        }

        var decisions = Texts(plan, "decisions");
        Assert.Contains(decisions, d => d.Contains("security mode: non-secure (ClusterSecurityMode = 0)", StringComparison.Ordinal));
        Assert.Contains(decisions, d => d.Contains("ITL present and verified", StringComparison.Ordinal));
        Assert.Contains(decisions, d => d.Contains("reached and its directory listed", StringComparison.Ordinal));
    }

    [Fact]
    public Task DestinationTftpNodeWithoutItl_BlocksThePlan() =>
        AssertBlockedWhileFaultedAsync("lab-west", "cucm-sub1", ["noitl"], "no valid ITL on TFTP node lab-west/cucm-sub1");

    [Fact]
    public Task RollbackParameterThatCannotBeRead_BlocksThePlan() =>
        AssertBlockedWhileFaultedAsync("lab-east", "cucm-pub", ["fail", "run sql select paramname,paramvalue from processconfig where paramname='RollBackToPreGrayback'"],
            "RollBackToPreGrayback could not be read on lab-east/cucm-pub");

    [Fact]
    public async Task SftpDirectoryThatDoesNotExist_BlocksThePlanWithTheReason()
    {
        certbot.Configure(c => c["CertBot"]!["Sftp"]!["Directory"] = "/no-such-directory");

        var result = await certbot.RunAsync("plan", "exchange", "--from", "lab-east", "--to", "lab-west", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("could not be listed", result.Output, StringComparison.Ordinal);
        Assert.Contains("/no-such-directory", result.Output, StringComparison.Ordinal);
    }

    /// <summary>With the fault on the node, the exchange plan is refused and names <paramref name="reason"/>; the fault is cleared after.</summary>
    private async Task AssertBlockedWhileFaultedAsync(string cluster, string node, string[] fault, string reason)
    {
        await using (await lab.InjectFaultAsync(cluster, node, fault[0], fault[1..]))
        {
            var result = await certbot.RunAsync("plan", "exchange", "--from", "lab-east", "--to", "lab-west", "--json");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains(reason, result.Output, StringComparison.Ordinal);
        }
    }

    private static List<string> Texts(JsonElement plan, string property) =>
        [.. plan.GetProperty(property).EnumerateArray().Select(d => d.GetProperty("text").GetString()!)];

    public void Dispose() => certbot.Dispose();
}
