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
    IReadOnlyList<NodeChange>? Changes = null);
