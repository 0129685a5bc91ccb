using CertBot.Engine.Nodes;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// <see cref="ICliTransport"/> over SSH.NET, in process: the host key is checked against the pin before the
/// password is sent, then a PTY shell is opened. One connection per shell; the password never leaves CertBot's process.
/// </summary>
public sealed class SshNetCliTransport(SshConnector connector) : ICliTransport
{
    /// <summary>Wide enough that certificate lines are not wrapped; paging is the session's business.</summary>
    private const uint Columns = 400;

    private const uint Rows = 24;

    public async Task<ICliChannel> OpenShellAsync(SshEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var client = await connector.ConnectAsync(endpoint, c => new SshClient(c), cancellationToken);
        try
        {
            // Opening the channel, the PTY and the shell are three blocking round trips in SSH.NET.
            var shell = await Task.Run(() => client.CreateShellStream("vt100", Columns, Rows, 0, 0, 64 * 1024), cancellationToken);
            return new SshNetChannel(client, shell, endpoint.Name);
        }
        catch (SshException e)
        {
            client.Dispose();
            throw new NodeException(NodeFailure.SessionLost, endpoint.Name, null, e.Message, $"{endpoint.Name}: logged in, but no shell could be opened: {e.Message}", e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
