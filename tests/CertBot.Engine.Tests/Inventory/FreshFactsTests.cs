using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Inventory;

/// <summary>
/// The expiry watch's and <c>certbot expiring</c>'s read: the facts cache while its facts are fresh and complete, no
/// login; the nodes live when the cache is cold, stale or incomplete, and that live read is not stored.
/// </summary>
public sealed class FreshFactsTests
{
    private readonly FactsHarness facts = new();

    private FreshFacts Fresh => new(facts.Engine.Engine.Facts, new InventoryReader(facts.Engine.Lab.Port, facts.Engine.Time, 8), facts.Engine.Time);

    [Fact]
    public async Task FreshFacts_AreAnsweredFromTheCache_WithoutALogin()
    {
        await facts.Refresher.RefreshAsync("lab-west", default);
        facts.ForgetLogins();
        facts.Engine.Time.Advance(facts.Options.MaxAge);

        var (read, cached) = await Fresh.ReadAsync(facts.Engine.Lab.West, default);

        Assert.True(cached);
        Assert.Empty(facts.Logins);
        Assert.Equal(Certs.Now, read.ReadAt);
        Assert.Equal(["west-pub", "west-sub1"], read.Nodes.Select(n => n.Node.Name));
    }

    [Fact]
    public async Task AColdCache_IsReadLive_AndTheLiveReadIsNotStored()
    {
        var (read, cached) = await Fresh.ReadAsync(facts.Engine.Lab.West, default);

        Assert.False(cached);
        Assert.Equal(1, facts.Logins["west-pub"]);
        Assert.Equal(1, facts.Logins["west-sub1"]);
        Assert.NotEmpty(read.Nodes[0].Certificates);
        Assert.Null(await facts.CachedAsync("lab-west"));
    }

    [Fact]
    public async Task FactsOlderThanMaxAge_AreReadLive_WithTheNodesCertificatesOfNow()
    {
        await facts.Refresher.RefreshAsync("lab-west", default);
        facts.Engine.Lab["west-pub"].Own.Clear();
        facts.ForgetLogins();
        facts.Engine.Time.Advance(facts.Options.MaxAge + TimeSpan.FromSeconds(1));

        var (read, cached) = await Fresh.ReadAsync(facts.Engine.Lab.West, default);

        Assert.False(cached);
        Assert.Equal(1, facts.Logins["west-pub"]);
        Assert.DoesNotContain(read.Nodes[0].Certificates, c => c.IsIdentity);
        Assert.Equal(Certs.Now, (await facts.CachedAsync("lab-west"))!.ReadAt);
    }

    [Fact]
    public async Task FactsWithANodeNotRead_AreReadLive_EvenWhenYoung()
    {
        facts.Engine.Lab.Port.Unreachable.Add("west-sub1");
        await facts.Refresher.RefreshAsync("lab-west", default);
        facts.Engine.Lab.Port.Unreachable.Clear();
        facts.ForgetLogins();

        var (read, cached) = await Fresh.ReadAsync(facts.Engine.Lab.West, default);

        Assert.False(cached);
        Assert.Equal(1, facts.Logins["west-sub1"]);
        Assert.All(read.Nodes, n => Assert.Null(n.Error));
    }
}
