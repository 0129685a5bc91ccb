using Xunit.Abstractions;

namespace CertBot.Lab.Tests.Simulator;

/// <summary>`up` must be ready within seconds: seeding is timed alone, not beside the other simulator tests.</summary>
[Collection(SeedingTimeGroup.Name)]
public sealed class SeedingTimeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Seeding_WithCachedKeys_TakesUnderTwoSeconds_AfterAColdSeedThatFillsTheCache()
    {
        var cache = Path.Combine(Path.GetTempPath(), "certbot-lab-cold-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var cold = await SimulatorLab.CreateAsync(cache);
            using var warm = await SimulatorLab.CreateAsync(cache);

            // Cold seeding generates ~47 RSA 2048 keys: ~4 s on two idle cores, much more on a busy machine,
            // so only a sanity bound is asserted; every later `up` on the machine takes the warm path.
            Assert.True(cold.SeedingTime < TimeSpan.FromSeconds(60), $"cold seeding took {cold.SeedingTime}");
            Assert.True(warm.SeedingTime < TimeSpan.FromSeconds(2), $"warm seeding took {warm.SeedingTime}");
            output.WriteLine($"seeding: cold {cold.SeedingTime.TotalMilliseconds:F0} ms, warm {warm.SeedingTime.TotalMilliseconds:F0} ms");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }
}
