using Renci.SshNet;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// Connects an SSH.NET client on a thread of its own. SSH.NET's <c>ConnectAsync</c> awaits the socket, then
/// waits synchronously for the key exchange and the login, holding a thread-pool thread per connect all that
/// time: with 200 nodes read at once the pool grew by about a thread every half second and the connects
/// queued behind it timed out (130 of 200 nodes not read). On their own threads, logins never wait for the
/// pool, and the pool's other work (the chat, the runner) never waits for logins.
/// </summary>
internal static class OwnThreadConnect
{
    /// <summary>
    /// Connects. SSH.NET's waits cannot be interrupted (disposing the client does not end them), so a cancelled
    /// connect returns to the caller at once and goes on alone until it ends by itself (at the connect timeout
    /// at the latest); then this method disposes the client. After <see cref="OperationCanceledException"/> the
    /// caller must not touch the client.
    /// </summary>
    public static async Task RunAsync(BaseClient client, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connect = Task.Factory.StartNew(client.Connect, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await connect.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _ = connect.ContinueWith(_ => client.Dispose(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
    }
}
