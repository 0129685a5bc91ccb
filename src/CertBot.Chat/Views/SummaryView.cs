namespace CertBot.Chat.Views;

/// <summary>
/// The end of a run, the maintenance record a change manager asks for: how it ended, who asked and who decided
/// each gate and when, how long it took, what changed on each node (verified, old → new), what it left half-done
/// and what is left for people to do.
/// </summary>
/// <param name="Decisions">Each gate's decision (approved, confirmed, rejected, by whom and when) and each person's
/// decision on the run itself (retry, skip, abort, cancel, window override), in order.</param>
/// <param name="Undo">What a run that ended early left half-done, one line each (empty when nothing).</param>
/// <param name="Actions">"Restore" when CertBot can plan the undo (services to start).</param>
/// <param name="More">What the view leaves out of a long list and how to see all of it; null when it shows everything.</param>
public sealed record SummaryView(
    Guid RunId,
    string Title,
    RunDisplayState State,
    int Succeeded,
    int Failed,
    int Skipped,
    int Total,
    TimeSpan Duration,
    string RequestedBy,
    IReadOnlyList<string> Decisions,
    string? Attention,
    IReadOnlyList<string> Undo,
    IReadOnlyList<ViewAction> Actions,
    string? More = null) : ChatView
{
    /// <summary>When the run was requested (it took <see cref="Duration"/> from there).</summary>
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset EndedAt { get; init; }

    /// <summary>What changed on each node, verified; empty when nothing was attempted on a node.</summary>
    public IReadOnlyList<NodeRecord> Nodes { get; init; } = [];

    /// <summary>What is left for people after the run (phones re-register, a DRS backup, manual steps never confirmed).</summary>
    public IReadOnlyList<string> FollowUps { get; init; } = [];

    public override string Summary => $"{Title}: {State.Words()}";
}
