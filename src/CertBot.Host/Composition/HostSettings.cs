using CertBot.Cisco.Configuration;
using CertBot.Engine.Configuration;
using CertBot.Storage;

namespace CertBot.Host.Composition;

/// <summary>Everything the host composes from, read and checked once at start (<see cref="HostSettingsReader"/>).</summary>
/// <param name="Nodes">How to reach the nodes (the platform adapter's view of <c>CertBot:Clusters</c>).</param>
/// <param name="Engine">Clusters, approvers and windows as the engine plans and decides with them.</param>
/// <param name="Storage"><c>CertBot:Storage</c>: SQLite next to the program unless PostgreSQL is chosen.</param>
/// <param name="ListenUrls">Where Kestrel will listen.</param>
/// <param name="RunnerPollInterval"><c>CertBot:Runner:PollInterval</c>: how often the runner looks for approved work.</param>
public sealed record HostSettings(
    CertBotOptions Nodes,
    EngineOptions Engine,
    StorageOptions Storage,
    IReadOnlyList<string> ListenUrls,
    TimeSpan RunnerPollInterval);
