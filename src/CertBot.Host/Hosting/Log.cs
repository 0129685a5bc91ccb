
namespace CertBot.Host.Hosting;

/// <summary>The host's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Runner started: recovering interrupted runs, then looking for work every {PollInterval}")]
    public static partial void RunnerStarted(ILogger logger, TimeSpan pollInterval);

    [LoggerMessage(2, LogLevel.Information, "Runner stopped")]
    public static partial void RunnerStopped(ILogger logger);

    [LoggerMessage(3, LogLevel.Warning, "Teams authentication is off (no app id): local mode, listening on loopback only ({Urls})")]
    public static partial void LocalMode(ILogger logger, string urls);

    [LoggerMessage(4, LogLevel.Information, "Store: {Store}")]
    public static partial void StoreChosen(ILogger logger, string store);

    [LoggerMessage(5, LogLevel.Warning, "Configuration: {Warning}")]
    public static partial void ConfigurationWarning(ILogger logger, string warning);

    [LoggerMessage(6, LogLevel.Information, "Facts refresher started: every cluster read every {RefreshInterval} (jittered); answers from facts up to {MaxAge} old")]
    public static partial void FactsRefreshStarted(ILogger logger, TimeSpan refreshInterval, TimeSpan maxAge);

    [LoggerMessage(7, LogLevel.Information, "Facts refresher off (CertBot:Facts:Refresh is false): answers use facts another instance stores, else read live")]
    public static partial void FactsRefreshOff(ILogger logger);
}
