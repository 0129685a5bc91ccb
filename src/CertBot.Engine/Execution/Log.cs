using CertBot.Engine.Runs;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine.Execution;

/// <summary>
/// The runner's log lines, with fixed property names. Never a secret, never raw node output: the journal
/// holds the masked details.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Run {RunId} step {Step} started: {Title}")]
    public static partial void StepStarted(ILogger logger, Guid runId, int step, string title);

    [LoggerMessage(2, LogLevel.Information, "Run {RunId} step {Step} succeeded: {Detail}")]
    public static partial void StepSucceeded(ILogger logger, Guid runId, int step, string detail);

    [LoggerMessage(3, LogLevel.Warning, "Run {RunId} step {Step} failed on {Node}: {Reason}")]
    public static partial void StepFailed(ILogger logger, Guid runId, int step, string node, string reason);

    [LoggerMessage(4, LogLevel.Warning, "Run {RunId} interrupted at step {Step}: nothing re-executed until someone decides")]
    public static partial void Interrupted(ILogger logger, Guid runId, int step);

    [LoggerMessage(5, LogLevel.Warning, "Run {RunId} plan drifted from {OldHash} to {NewHash}: approval void")]
    public static partial void Drifted(ILogger logger, Guid runId, string oldHash, string newHash);

    [LoggerMessage(6, LogLevel.Information, "Run {RunId} gate {GateId} expired: run cancelled")]
    public static partial void GateExpired(ILogger logger, Guid runId, Guid gateId);

    [LoggerMessage(7, LogLevel.Information, "Run {RunId} is {State}")]
    public static partial void StateReached(ILogger logger, Guid runId, RunState state);

    [LoggerMessage(8, LogLevel.Error, "Runner pass failed; trying again after the poll interval")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(9, LogLevel.Error, "Run {RunId} failed unexpectedly; it is paused, the other runs go on")]
    public static partial void RunFailed(ILogger logger, Guid runId, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "Run {RunId} step {Step}: the lease was taken over while it ran; its outcome is not committed")]
    public static partial void LeaseLost(ILogger logger, Guid runId, int step);

    [LoggerMessage(11, LogLevel.Information, "Facts of {Cluster} refreshed: {Nodes} nodes, {Failed} not read completely, in {Elapsed}")]
    public static partial void FactsRefreshed(ILogger logger, string cluster, int nodes, int failed, TimeSpan elapsed);

    [LoggerMessage(12, LogLevel.Debug, "Facts of {Cluster} not refreshed now: {Reason}")]
    public static partial void FactsSkipped(ILogger logger, string cluster, string reason);

    [LoggerMessage(13, LogLevel.Error, "Refreshing the facts of {Cluster} failed; trying again at the next interval")]
    public static partial void FactsRefreshFailed(ILogger logger, Exception exception, string cluster);

    [LoggerMessage(14, LogLevel.Warning, "Run {RunId}: the CA connector {Connector} failed; the run waits for the answer from people")]
    public static partial void ConnectorFailed(ILogger logger, Exception exception, Guid runId, string connector);
}
