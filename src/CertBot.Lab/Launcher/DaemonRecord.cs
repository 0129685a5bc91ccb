using System.Text.Json.Serialization;

namespace CertBot.Lab.Launcher;

/// <summary>
/// One sshd the lab started: enough to stop it (pid, start time, mount namespace) and to start it again
/// exactly as <c>up</c> did (the namespace script), without the lab definition.
/// </summary>
internal sealed record DaemonRecord
{
    /// <summary><c>cluster/node</c>, or <c>sftp</c>.</summary>
    public required string Name { get; init; }

    /// <summary><c>node</c> or <c>sftp</c>.</summary>
    public required string Kind { get; init; }

    public required string Address { get; init; }

    public required int Port { get; init; }

    /// <summary>Directory of the daemon's files (<see cref="DaemonFiles"/>).</summary>
    public required string Directory { get; init; }

    /// <summary>The <c>/bin/sh</c> script run inside a new mount namespace; it ends by exec'ing sshd.</summary>
    public required string NamespaceScript { get; init; }

    /// <summary>The node's sshd offers only legacy algorithms (and an RSA host key): see <c>NodeDefinition.LegacySsh</c>.</summary>
    public bool LegacySsh { get; init; }

    /// <summary>The node's state directory (nodes only).</summary>
    public string? StateDirectory { get; init; }

    /// <summary>Listener pid; null while the daemon is stopped (the <c>unreachable</c> fault).</summary>
    public int? Pid { get; init; }

    /// <summary>Start time of <see cref="Pid"/> in clock ticks since boot, so a reused pid is never killed.</summary>
    public long? StartTicks { get; init; }

    /// <summary>The daemon's mount namespace (<c>mnt:[inode]</c>): every login's processes live in it.</summary>
    public string? MountNamespace { get; init; }

    [JsonIgnore]
    public DaemonFiles Files => new(Directory);
}
