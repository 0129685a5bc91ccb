namespace CertBot.Lab.Launcher;

/// <summary>The content of <c>lab.pid.json</c>: what one <c>up</c> started.</summary>
internal sealed record LabRun
{
    public required string RuntimeDirectory { get; init; }

    public required string Profile { get; init; }

    public required string AddressPrefix { get; init; }

    public required int Port { get; init; }

    public required IReadOnlyList<DaemonRecord> Daemons { get; init; }

    /// <summary>The resident simulator serving every node's logins; null in a record of an older lab.</summary>
    public NodeServerRecord? NodeServer { get; init; }

    /// <summary>A copy with one daemon replaced (after a fault stopped or restarted it).</summary>
    public LabRun With(DaemonRecord daemon) =>
        this with { Daemons = [.. Daemons.Select(d => d.Name == daemon.Name ? daemon : d)] };
}
