using CertBot.Engine.Configuration;
using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Tests.Runs;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Engine.Tests.Inventory;

/// <summary>The engine harness with the facts refresher and its loop over the same fake lab, store and time (no jitter).</summary>
internal sealed class FactsHarness
{
    public FactsHarness(FactsOptions? options = null)
    {
        Options = options ?? new FactsOptions { Jitter = 0 };
        Refresher = NewRefresher();
        Loop = new FactsRefreshLoop(Engine.Lab.Options, Refresher, Engine.Engine.Store, Engine.Engine.Signals.Changed, Engine.Time, NullLogger.Instance);
    }

    public EngineHarness Engine { get; } = new();

    public FactsOptions Options { get; }

    public FactsRefresher Refresher { get; }

    public FactsRefreshLoop Loop { get; }

    /// <summary>Logins per node since the last <see cref="ForgetLogins"/>.</summary>
    public Dictionary<string, int> Logins => Engine.Lab.Port.Opened;

    /// <summary>Another instance's refresher on the same store (its own lease owner).</summary>
    public FactsRefresher NewRefresher() =>
        new(Engine.Lab.Options, Options, Engine.Engine.Store, new InventoryReader(Engine.Lab.Port, Engine.Time, 8), Engine.Time, NullLogger.Instance);

    public void ForgetLogins()
    {
        lock (Logins)
        {
            Logins.Clear();
        }
    }

    public Task<ClusterFacts?> CachedAsync(string cluster) => Engine.Engine.Facts.GetAsync(cluster, default);
}
