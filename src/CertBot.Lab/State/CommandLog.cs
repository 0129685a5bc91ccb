using System.Globalization;

namespace CertBot.Lab.State;

/// <summary>
/// <c>commands.log</c>: one line per command, <c>ISO-8601 UTC timestamp TAB command line</c>. Only command
/// lines are written, never answers to prompts, so a password typed at a prompt never reaches it.
/// </summary>
public sealed class CommandLog
{
    private readonly string path;
    private readonly TimeProvider time;

    public CommandLog(string stateDir, TimeProvider time)
    {
        path = Path.Combine(stateDir, "commands.log");
        this.time = time;
    }

    /// <summary>Appends one command line.</summary>
    public async Task AppendAsync(string commandLine, CancellationToken cancellationToken)
    {
        var stamp = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var line = $"{stamp}\t{commandLine.Replace('\t', ' ')}\n";

        // O_APPEND writes of one short line do not interleave between concurrent logins.
        await File.AppendAllTextAsync(path, line, cancellationToken);
    }
}
