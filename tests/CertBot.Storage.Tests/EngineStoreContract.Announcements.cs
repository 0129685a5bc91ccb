namespace CertBot.Storage.Tests;

/// <summary>Expiry announcements: each posted once, by one of several instances, and taken over only when its claim went stale.</summary>
public abstract partial class EngineStoreContract
{
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task ClaimAnnouncement_ByFourInstancesAtOnce_GivesItToExactlyOne()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Store.TryClaimAnnouncementAsync("lab-east/cucm-pub/own/tomcat.pem/AB@30", $"i{i}", TestRuns.Now, Stale, default)));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task ClaimAnnouncement_OncePosted_IsNeverClaimedAgain_EvenMuchLater()
    {
        Assert.True(await Store.TryClaimAnnouncementAsync("k@30", "i1", TestRuns.Now, Stale, default));
        await Store.MarkAnnouncedAsync("k@30", "i1", TestRuns.Now, default);

        Assert.False(await Store.TryClaimAnnouncementAsync("k@30", "i1", TestRuns.Now.AddDays(400), Stale, default));
        Assert.False(await Store.TryClaimAnnouncementAsync("k@30", "i2", TestRuns.Now.AddDays(400), Stale, default));
        Assert.True(await Store.TryClaimAnnouncementAsync("k@14", "i2", TestRuns.Now, Stale, default));
    }

    [Fact]
    public async Task ClaimAnnouncement_NotPosted_IsTakenOverOnlyOnceTheClaimIsStale()
    {
        Assert.True(await Store.TryClaimAnnouncementAsync("k@7", "died", TestRuns.Now, Stale, default));

        Assert.False(await Store.TryClaimAnnouncementAsync("k@7", "other", TestRuns.Now.AddMinutes(9), Stale, default));
        Assert.True(await Store.TryClaimAnnouncementAsync("k@7", "other", TestRuns.Now.AddMinutes(10), Stale, default));
        // The first owner's late mark changes nothing: the claim is the other's now.
        await Store.MarkAnnouncedAsync("k@7", "died", TestRuns.Now.AddMinutes(11), default);
        await Store.ReleaseAnnouncementAsync("k@7", "other", default);
        Assert.True(await Store.TryClaimAnnouncementAsync("k@7", "third", TestRuns.Now.AddMinutes(11), Stale, default));
    }

    [Fact]
    public async Task ReleaseAnnouncement_AfterAFailedPost_LetsTheNextPassClaimIt_ButNeverReleasesAPostedOne()
    {
        Assert.True(await Store.TryClaimAnnouncementAsync("k@1", "i1", TestRuns.Now, Stale, default));
        await Store.ReleaseAnnouncementAsync("k@1", "i2", default);
        Assert.False(await Store.TryClaimAnnouncementAsync("k@1", "i2", TestRuns.Now, Stale, default));

        await Store.ReleaseAnnouncementAsync("k@1", "i1", default);
        Assert.True(await Store.TryClaimAnnouncementAsync("k@1", "i2", TestRuns.Now, Stale, default));
        await Store.MarkAnnouncedAsync("k@1", "i2", TestRuns.Now, default);
        await Store.ReleaseAnnouncementAsync("k@1", "i2", default);
        Assert.False(await Store.TryClaimAnnouncementAsync("k@1", "i3", TestRuns.Now.AddDays(1), Stale, default));
    }
}
