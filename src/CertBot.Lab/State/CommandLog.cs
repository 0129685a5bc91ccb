using System.Globalization;

namespace CertBot.Lab.State;

/// <summary>
/// <c>commands.log</c>: one line per command, <c>ISO-8601 UTC timestamp TAB command line</c>, written before the
/// command runs; and <c>command-times.log</c>: one line per finished command or login banner (<c>(login)</c>),
/// <c>start TAB milliseconds TAB command line</c>, the node's own time (what a benchmark holds a run's wall time
/// against). Only command lines are written, never answers to prompts, so a password typed at a prompt never reaches them.
/// </summary>
public sealed class CommandLog
{
    /// <summary>What <c>command-times.log</c> calls the login banner.</summary>
    public const string Login = "(login)";

    private readonly string path;
    private readonly string timesPath;
    private readonly TimeProvider time;

    public CommandLog(string stateDir, TimeProvider time)
    {
        path = Path.Combine(stateDir, "commands.log");
        timesPath = Path.Combine(stateDir, "command-times.log");
        this.time = time;
    }

    /// <summary>Appends how long a finished command (or the login banner) took, from <paramref name="started"/>.</summary>
    public async Task AppendTimeAsync(string commandLine, DateTimeOffset started, TimeSpan took)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{started:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}\t{took.TotalMilliseconds:F1}\t{commandLine.Replace('\t', ' ')}\n");
        // Written when the command is over, whatever ended it (a dropped session too): never cancelled.
        await File.AppendAllTextAsync(timesPath, line, CancellationToken.None);
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
