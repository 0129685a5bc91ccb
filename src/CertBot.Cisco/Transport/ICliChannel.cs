namespace CertBot.Cisco.Transport;

/// <summary>A PTY shell: text in, text out. Text is decoded UTF-8 exactly as the node sent it (CR, ANSI and all).</summary>
public interface ICliChannel : IAsyncDisposable
{
    /// <summary>The next chunk of output, or null once the remote side has closed the shell.</summary>
    ValueTask<string?> ReadAsync(CancellationToken cancellationToken);

    ValueTask WriteAsync(string text, CancellationToken cancellationToken);

    /// <summary>Why the shell ended; call after <see cref="ReadAsync"/> returned null.</summary>
    Task<ChannelClosure> GetClosureAsync(CancellationToken cancellationToken);
}
