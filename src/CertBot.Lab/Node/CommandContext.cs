using CertBot.Lab.State;

namespace CertBot.Lab.Node;

/// <summary>What a command handler works with: the node's state, its output, the clock, the faults in force.</summary>
internal sealed class CommandContext(
    NodeStore store, NodeState snapshot, CommandOutput output, SessionSettings session, NodeFaults faults, TimeProvider time, string commandLine, CancellationToken cancellationToken)
{
    public const string Failure = "Executed command unsuccessfully";

    public NodeStore Store { get; } = store;

    /// <summary>The state as read before the command (for read-only answers; updates go through <see cref="UpdateAsync{T}"/>).</summary>
    public NodeState Snapshot { get; } = snapshot;

    public CommandOutput Output { get; } = output;

    public SessionSettings Session { get; } = session;

    public NodeFaults Faults { get; } = faults;

    public TimeProvider Time { get; } = time;

    public string CommandLine { get; } = commandLine;

    /// <summary>Cancelled by Ctrl-C or by the end of the session.</summary>
    public CancellationToken Cancellation { get; } = cancellationToken;

    /// <summary>Waits a profile delay, stretched by a <c>slow</c> fault.</summary>
    public Task DelayAsync(int milliseconds) =>
        milliseconds <= 0 ? Task.CompletedTask : Task.Delay(TimeSpan.FromMilliseconds(milliseconds * (Faults.SlowFactor ?? 1)), Time, Cancellation);

    /// <summary>Prints one line.</summary>
    public Task LineAsync(string line = "") => Output.WriteLineAsync(line, Cancellation);

    /// <summary>Prints lines.</summary>
    public Task LinesAsync(IEnumerable<string> lines) => Output.WriteLinesAsync(lines, Cancellation);

    /// <summary>Prints an optional reason, then the platform's failure line.</summary>
    public async Task FailAsync(string? reason = null)
    {
        if (reason is not null)
        {
            await LineAsync(reason);
        }

        await LineAsync(Failure);
    }

    /// <summary>Asks a question ending in <c>(yes|no)? </c>; true only for yes.</summary>
    public async Task<bool> ConfirmAsync(string question)
    {
        var answer = await Output.AskAsync(question, echo: true, Cancellation);
        return answer is not null && (answer.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase) || answer.Trim().Equals("y", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Read-modify-write of the node state; refused (session dropped) under a <c>drop</c> fault.</summary>
    public Task<T> UpdateAsync<T>(Func<NodeState, CertificateFiles, T> mutate)
    {
        Output.ThrowIfDropping();
        return Store.UpdateAsync(mutate, Cancellation);
    }

    /// <summary>Reads the node state under the lock.</summary>
    public Task<T> ReadAsync<T>(Func<NodeState, CertificateFiles, T> read) => Store.ReadAsync(read, Cancellation);

    /// <summary>The identity unit named like <paramref name="typed"/> (case-insensitive), or null.</summary>
    public static string? FindOwnUnit(CertificateFiles files, string typed) =>
        files.OwnUnits().FirstOrDefault(u => u.Equals(typed, StringComparison.OrdinalIgnoreCase));

    /// <summary>Prints the configurable bad-unit wording and the failure line.</summary>
    public Task InvalidUnitAsync(string unit) =>
        FailAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Snapshot.InvalidUnitMessage, unit));
}
