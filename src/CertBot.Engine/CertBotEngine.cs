using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Renewal.Authorities;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using CertBot.Engine.Signals;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine;

/// <summary>
/// The engine put together from its ports: the node port (platform adapter), the store (Storage), time,
/// secrets and, for bulk exchange, the SFTP directory reader. The host and the command line build one and
/// use <see cref="Runs"/> for people's requests, <see cref="Decisions"/> for their decisions and <see cref="Runner"/> for the work.
/// </summary>
public sealed class CertBotEngine
{
    public CertBotEngine(
        EngineOptions options,
        IEngineStore store,
        INodePort port,
        TimeProvider time,
        ILoggerFactory loggers,
        ISecretSource secrets,
        IBulkDirectory? bulkDirectory = null,
        FactsOptions? facts = null,
        IEnumerable<ICertificateAuthority>? authorities = null)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        // Every commit through the engine wakes the chat delivery when it wrote progress events.
        Store = new SignallingEngineStore(store, Signals.Progress, Signals.Changed);
        Facts = new FactsCache(Store, facts ?? new FactsOptions(), time);
        Planner = new Planner(options, port, time, bulkDirectory is null ? null : new BulkSftpAccess(options, secrets, bulkDirectory));
        People = new PersonDirectory(options);
        Policy = new ApprovalPolicy(options, People);
        Runs = new RunService(options, Store, Planner, People, time, Facts);
        Decisions = new RunDecider(options, People, Store, time, Signals.Work);
        Reachability = new ThreadReachability(Store, time);
        Runner = new Runner(options, Store, Planner, port, time, loggers.CreateLogger<Runner>(), secrets, Signals.Work, bulkDirectory, new CertificateAuthorities(authorities));
    }

    /// <summary>The in-process wake-ups: decisions wake the runner, progress wakes the chat delivery.</summary>
    public EngineSignals Signals { get; } = new();

    public IEngineStore Store { get; }

    /// <summary>The last facts read of each cluster, with their time: what <c>certs</c>, plan cards and the expiry watch read.</summary>
    public IFactsCache Facts { get; }

    /// <summary>Who is who across Teams, Slack and the command line (<see cref="EngineOptions.People"/>).</summary>
    public PersonDirectory People { get; }

    /// <summary>Who may request, read, approve and operate; the fronts ask it before reading nodes for someone.</summary>
    public ApprovalPolicy Policy { get; }

    public Planner Planner { get; }

    public RunService Runs { get; }

    /// <summary>People's decisions on runs (approve, reject, confirm, retry, skip, abort, cancel, override the window).</summary>
    public RunDecider Decisions { get; }

    public Runner Runner { get; }

    /// <summary>Whether a run's chat thread can be reached: flagged by the chat delivery, shown by the command line.</summary>
    public ThreadReachability Reachability { get; }
}
