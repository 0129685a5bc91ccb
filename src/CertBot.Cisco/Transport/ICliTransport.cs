namespace CertBot.Cisco.Transport;

/// <summary>
/// The seam between CLI sessions and an SSH implementation: an interactive shell with a PTY, nothing more.
/// It is SSH.NET, in process (<see cref="SshNet.SshNetCliTransport"/>).
/// </summary>
public interface ICliTransport
{
    /// <summary>
    /// Verifies the pinned host key, logs in and opens a PTY shell. Host key mismatch, unreachable node and
    /// refused login are <see cref="Engine.Nodes.NodeException"/>s thrown here, before any shell exists.
    /// </summary>
    Task<ICliChannel> OpenShellAsync(SshEndpoint endpoint, CancellationToken cancellationToken);
}
