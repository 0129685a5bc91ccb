namespace CertBot.Engine.Runs;

/// <summary>
/// One line of a run's journal, kept after the run. Commands and output are masked before they get here
/// (see <see cref="Execution.SecretMasker"/>).
/// </summary>
/// <param name="Sequence">Assigned by the store, increasing per run; 0 before it is stored.</param>
/// <param name="Principal">Who decided, for decisions; null for the runner's own entries.</param>
/// <param name="Command">The command sent, at command level.</param>
/// <param name="OutputTail">The last lines the node printed, when they matter (failures).</param>
/// <param name="Changes">On a step's success: what it changed and verified on each node; null on other lines.</param>
public sealed record JournalEntry(
    Guid RunId,
    long Sequence,
    DateTimeOffset At,
    JournalKind Kind,
    string Message,
    int? StepIndex = null,
    string? Principal = null,
    string? Command = null,
    string? OutputTail = null,
    IReadOnlyList<NodeChange>? Changes = null)
{
    /// <summary>Value equality, the changes included element by element (a record compares a list by reference):
    /// a line read back from a store equals the line written.</summary>
    public bool Equals(JournalEntry? other) =>
        other is not null
        && (RunId, Sequence, At, Kind, Message, StepIndex, Principal, Command, OutputTail)
            == (other.RunId, other.Sequence, other.At, other.Kind, other.Message, other.StepIndex, other.Principal, other.Command, other.OutputTail)
        && (Changes ?? []).SequenceEqual(other.Changes ?? []);

    public override int GetHashCode() => HashCode.Combine(RunId, Sequence, At, Kind, Message, StepIndex);
}
