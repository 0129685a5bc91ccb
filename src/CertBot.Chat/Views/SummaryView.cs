namespace CertBot.Chat.Views;

/// <summary>The end of a run: how it ended, the step counts, how long it took, who asked and who decided.</summary>
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
    string? Attention) : ChatView
{
    public override string Summary => $"{Title}: {State.Words()}";
}
