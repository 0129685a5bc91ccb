namespace CertBot.Chat.Requests;

/// <summary>
/// A file someone attached to a message, as the front fetched it: its text when it is a small PEM text file, or why
/// it was not read (too large, not text). Only an answer to a renewal's CSR reads files; the text is never logged.
/// </summary>
/// <param name="Name">The file's name as the platform shows it.</param>
/// <param name="Text">The file's content; null when <paramref name="Problem"/> says why it was not read.</param>
public sealed record ChatFile(string Name, string? Text, string? Problem = null)
{
    /// <summary>The largest file read: a certificate and a long chain are a few kilobytes.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>At most this many files of one message are read.</summary>
    public const int MaxFiles = 4;

    /// <summary>Never the content: a record's default text would put it into whatever prints the request.</summary>
    public override string ToString() => $"{Name} ({(Text is null ? Problem : $"{Text.Length} characters")})";
}
