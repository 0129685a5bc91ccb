using System.Text.Json;
using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Inventory;

/// <summary><c>certbot expiring</c> on the lab, as monitoring runs it: the list and the exit code (0 none, 1 some, 2 usage, 3 a node not read).</summary>
[Collection(RunsLabGroup.Name)]
public sealed class ExpiringTests(RunsLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task Expiring_WithinThirtyDays_ListsLabEastsExpiredTrust_ForPurge_AndExits1()
    {
        var result = await certbot.RunAsync("expiring", "--cluster", "lab-east", "--days", "30", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        var certificates = JsonDocument.Parse(result.Output).RootElement.GetProperty("certificates").EnumerateArray().ToList();
        Assert.Equal(
            ["cucm-pub tomcat-trust", "cucm-sub1 CallManager-trust", "imp-pub cup-xmpp-trust", "imp-sub1 tomcat-trust"],
            certificates.Select(c => $"{c.GetProperty("node").GetString()} {c.GetProperty("store").GetString()}").Order(StringComparer.Ordinal));
        Assert.All(certificates, c =>
        {
            Assert.True(c.GetProperty("expired").GetBoolean());
            Assert.Equal("purge-trust", c.GetProperty("remedy").GetString());
            Assert.Equal("lab-east", c.GetProperty("cluster").GetString());
        });
    }

    [Fact]
    public async Task Expiring_IdentityOnly_NoneWithinTheDays_SaysSo_AndExits0()
    {
        var result = await certbot.RunAsync("expiring", "--cluster", "lab-east", "--days", "30", "--identity-only");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("No certificate expires within 30 days.", result.Output.Trim());
    }

    [Fact]
    public async Task Expiring_FarAhead_NamesTheRemedyOfEachIdentityCertificate()
    {
        var result = await certbot.RunAsync("expiring", "--cluster", "lab-east", "--days", "3650", "--identity-only");

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Output.Split('\n');
        Assert.Contains(lines, l => l.Contains("lab-east/imp-sub2", StringComparison.Ordinal) && l.Contains("cup-xmpp ", StringComparison.Ordinal)
            && l.Contains("CA-signed", StringComparison.Ordinal) && l.TrimEnd().EndsWith("renew", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("lab-east/cucm-pub", StringComparison.Ordinal) && l.Contains("tomcat ", StringComparison.Ordinal)
            && l.Contains("self-signed", StringComparison.Ordinal) && l.TrimEnd().EndsWith("regenerate", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("lab-east/cucm-pub", StringComparison.Ordinal) && l.Contains("CallManager ", StringComparison.Ordinal)
            && l.TrimEnd().EndsWith("none", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expiring_ANodeThatCannotBeRead_Exits3_AndNamesIt_WhatTheOthersHoldStillListed()
    {
        certbot.Configure(c => c["CertBot"]!["Clusters"]![1]!["Nodes"]![1]!["Port"] = 1);

        var result = await certbot.RunAsync("expiring", "--cluster", "lab-west", "--days", "30");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("lab-west/cucm-sub1", result.Output, StringComparison.Ordinal);
        Assert.Contains("NOT READ", result.Output, StringComparison.Ordinal);
        Assert.Contains("CAPF-trust/", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expiring_AfterInventoryRefresh_AnswersFromTheFactsCache_WithoutALogin_AndLiveReadsTheNodes()
    {
        await certbot.MustAsync("inventory", "--cluster", "lab-west", "--refresh");
        var before = Logins("lab-west");

        var cached = await certbot.RunAsync("expiring", "--cluster", "lab-west", "--days", "30", "--json");

        Assert.True(cached.ExitCode == 1, cached.ToString());
        Assert.Equal(before, Logins("lab-west"));
        Assert.Contains("lab-west: from the facts cache as of ", cached.Error, StringComparison.Ordinal);
        var live = await certbot.RunAsync("expiring", "--cluster", "lab-west", "--days", "30", "--json", "--live");
        Assert.True(live.ExitCode == 1, live.ToString());
        Assert.Equal(before.Select(b => b + 1), Logins("lab-west"));
        Assert.DoesNotContain("facts cache", live.Error, StringComparison.Ordinal);
        Assert.Equal(Certificates(live.Output), Certificates(cached.Output));
    }

    [Fact]
    public async Task Expiring_FactsOlderThanMaxAge_ReadsTheNodes()
    {
        certbot.Configure(c => c["CertBot"]!["Facts"] = new System.Text.Json.Nodes.JsonObject { ["MaxAge"] = "00:00:00.001" });
        await certbot.MustAsync("inventory", "--cluster", "lab-west", "--refresh");
        var before = Logins("lab-west");

        var result = await certbot.RunAsync("expiring", "--cluster", "lab-west", "--days", "30");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(before.Select(b => b + 1), Logins("lab-west"));
        Assert.DoesNotContain("facts cache", result.Error, StringComparison.Ordinal);
    }

    /// <summary>CertBot's logins so far on each node (each begins with <c>set cli pagination off</c>), from the lab's command logs.</summary>
    private int[] Logins(string cluster) => [.. lab.Inventory.Cluster(cluster).Nodes.Select(n =>
        File.Exists(n.CommandLog) ? File.ReadLines(n.CommandLog).Count(l => l.EndsWith("\tset cli pagination off", StringComparison.Ordinal)) : 0)];

    private static List<string> Certificates(string json) => [.. JsonDocument.Parse(json).RootElement.GetProperty("certificates").EnumerateArray()
        .Select(c => $"{c.GetProperty("node").GetString()} {c.GetProperty("store").GetString()} {c.GetProperty("file").GetString()}")];

    [Fact]
    public async Task Expiring_AnUnknownCluster_Exits2()
    {
        var result = await certbot.RunAsync("expiring", "--cluster", "lab-nowhere", "--days", "30");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("unknown cluster lab-nowhere", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => certbot.Dispose();
}
