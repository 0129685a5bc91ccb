using System.Text.Json;
using CertBot.Cli.Tests.Support;
using CertBot.Storage.Sqlite;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// <c>certbot inventory --refresh</c>: what the lab's nodes answer is printed as without it and stored in the facts
/// cache of the store, from which the chat answers; a cluster a run holds is read live and not stored.
/// </summary>
[Collection(RunsLabGroup.Name)]
public sealed class InventoryRefreshTests(RunsLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task InventoryRefresh_PrintsTheInventory_AndStoresItInTheFactsCache_WithoutRefreshNothingIsStored()
    {
        await certbot.MustAsync("inventory", "--cluster", "lab-west", "--json");
        Assert.Null(await CachedAsync("lab-west"));

        var result = await certbot.MustAsync("inventory", "--cluster", "lab-west", "--json", "--refresh");

        var printed = JsonDocument.Parse(result.Output).RootElement;
        var cached = await CachedAsync("lab-west");
        Assert.NotNull(cached);
        Assert.True(cached.Complete);
        Assert.Contains($"lab-west: stored in the facts cache as of {cached.ReadAt:yyyy-MM-dd HH:mm:ss} UTC", result.Error, StringComparison.Ordinal);
        var printedSerials = printed.GetRawText();
        Assert.All(cached.Nodes.SelectMany(n => n.Certificates), c => Assert.Contains(c.Serial, printedSerials, StringComparison.Ordinal));
        Assert.NotNull(cached.Nodes.Single(n => n.Node.Name == "cucm-pub").Replication);
        Assert.Null(await CachedAsync("lab-east"));
    }

    [Fact]
    public async Task InventoryRefresh_OfAClusterARunHolds_ReadsItLive_AndStoresNothing()
    {
        var run = await certbot.RequestAsync("regenerate", "tomcat", "--cluster", "lab-west");

        var result = await certbot.MustAsync("inventory", "--cluster", "lab-west", "--refresh");

        Assert.Contains($"lab-west: not stored in the facts cache (run {run.Replace("-", "", StringComparison.Ordinal)[..8]} holds lab-west", result.Error, StringComparison.Ordinal);
        Assert.Contains("cucm-pub", result.Output, StringComparison.Ordinal);
        Assert.Null(await CachedAsync("lab-west"));
        await certbot.MustAsync("cancel", run, "--as", CertBotWorkspace.Requester);
    }

    private async Task<CertBot.Engine.Inventory.Cache.ClusterFacts?> CachedAsync(string cluster)
    {
        var store = new SqliteEngineStore(certbot.StorePath, TimeProvider.System);
        try
        {
            await store.MigrateAsync(default);
            return await store.FactsOfAsync(cluster, default);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    public void Dispose() => certbot.Dispose();
}
