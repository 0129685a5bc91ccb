using Renci.SshNet;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// Closes an SSH.NET client without letting its disposal hold the caller. <c>Dispose</c> sends the disconnect,
/// closes the socket and then waits, without a limit, for SSH.NET's receive thread to end; when that thread is
/// held (a race between our close and the node closing the session, reported against SSH.NET more than once)
/// the worker would wait for ever with its run lease held. The socket is closed before that wait, so giving up
/// after <see cref="Limit"/> leaves only a parked thread behind, never an open session.
/// </summary>
internal static class ClientRelease
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static async Task ReleaseAsync(BaseClient client)
    {
        var disposal = Task.Run(client.Dispose);
        try
        {
            await disposal.WaitAsync(Limit);
        }
        catch (TimeoutException)
        {
            // Abandoned on purpose (see above); an exception it ends with later is observed here.
            _ = disposal.ContinueWith(t => t.Exception, TaskScheduler.Default);
        }
    }
}
