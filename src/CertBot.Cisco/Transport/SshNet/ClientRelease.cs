namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// Releases SSH.NET objects without letting their disposal hold the caller. A client's <c>Dispose</c> sends the
/// disconnect, closes the socket and then waits, without a limit, for SSH.NET's receive thread to end; a shell's
/// <c>Dispose</c> can meet that receive thread closing the same channel and wait on it. Both have been reported
/// against SSH.NET. The socket is closed before any such wait, so giving up after <see cref="Limit"/> leaves only
/// a parked thread behind, never an open session, and the worker keeps its run moving.
/// </summary>
internal static class ClientRelease
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static async Task ReleaseAsync(IDisposable disposable)
    {
        var disposal = Task.Run(disposable.Dispose);
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
