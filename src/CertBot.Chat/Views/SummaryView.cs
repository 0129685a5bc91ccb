namespace CertBot.Chat.Views;

/// <summary>The end of a run: how it ended, the step counts, how long it took, who asked and who decided.</summary>
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
    public override string Summary => $"{Title}: {State.Words()}";
}
