using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine;

/// <summary>
/// The engine put together from its ports: the node port (platform adapter), the store (Storage), time,
/// secrets and, for bulk exchange, the SFTP directory reader. The host and the command line build one and
/// use <see cref="Runs"/> for people's requests and <see cref="Runner"/> for the work.
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
        IBulkDirectory? bulkDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        Store = store;
        Planner = new Planner(options, port, time);
        Runs = new RunService(options, store, Planner, time);
        Runner = new Runner(options, store, Planner, port, time, loggers.CreateLogger<Runner>(), secrets, bulkDirectory);
    }

    public IEngineStore Store { get; }

    public Planner Planner { get; }

    public RunService Runs { get; }

    public Runner Runner { get; }
}
