namespace CertBot.Cisco.Transport;

/// <summary>
/// The seam between CLI sessions and an SSH implementation: an interactive shell with a PTY, nothing more.
/// Today it is the OpenSSH client as a child process; SSH.NET or libssh2 could replace it here.
/// </summary>
public interface ICliTransport
{
    /// <summary>
    /// Verifies the pinned host key, logs in and opens a PTY shell. Failures before the shell exists
    /// (host key mismatch, unreachable) are <see cref="Engine.Nodes.NodeException"/>s; authentication
    /// failures may only show when the channel closes (see <see cref="ICliChannel.GetClosureAsync"/>).
    /// </summary>
    Task<ICliChannel> OpenShellAsync(SshEndpoint endpoint, CancellationToken cancellationToken);
}
