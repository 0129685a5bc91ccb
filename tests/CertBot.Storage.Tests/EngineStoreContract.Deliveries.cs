namespace CertBot.Storage.Tests;

/// <summary>Delivery claims: each run's events are delivered by one instance at a time; a failing run waits alone.</summary>
public abstract partial class EngineStoreContract
{
    [Fact]
    public async Task ClaimPending_ByTwoInstancesAtOnce_GivesEachRunToExactlyOne()
    {
        var runs = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            runs.Add((await Store.CreateAsync(TestRuns.Create(TestRuns.Planned($"c{i}")), default)).Id);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Store.ClaimPendingAsync($"i{i}", TestRuns.Now, TestRuns.Now.AddMinutes(1), 10, default)));

        var delivered = claims.SelectMany(c => c.Select(e => e.RunId).Distinct()).ToList();
        Assert.Equal(runs.Order(), delivered.Order());
        Assert.Empty(await Store.ClaimPendingAsync("late", TestRuns.Now.AddSeconds(30), TestRuns.Now.AddMinutes(2), 10, default));
        Assert.Equal(6, (await Store.ClaimPendingAsync("late", TestRuns.Now.AddMinutes(1), TestRuns.Now.AddMinutes(2), 10, default)).Count);
    }

    [Fact]
    public async Task ReleaseDelivery_AfterAFailure_HoldsOnlyThatRunBackUntilItsRetryTime()
    {
        var failing = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("a")), default);
        var other = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("b")), default);
        Assert.Equal(2, (await Store.ClaimPendingAsync("i1", TestRuns.Now, TestRuns.Now.AddMinutes(1), 10, default)).Count);

        await Store.ReleaseDeliveryAsync(failing.Id, "i1", TestRuns.Now.AddSeconds(8), default);
        await Store.ReleaseDeliveryAsync(other.Id, "i1", null, default);

        Assert.Equal([other.Id], (await Store.ClaimPendingAsync("i1", TestRuns.Now.AddSeconds(1), TestRuns.Now.AddMinutes(1), 10, default)).Select(e => e.RunId));
        await Store.ReleaseDeliveryAsync(other.Id, "i1", null, default);
        Assert.Equal([failing.Id, other.Id], (await Store.ClaimPendingAsync("i2", TestRuns.Now.AddSeconds(8), TestRuns.Now.AddMinutes(1), 10, default)).Select(e => e.RunId));
    }
}
