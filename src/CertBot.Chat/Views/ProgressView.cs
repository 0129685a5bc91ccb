namespace CertBot.Chat.Views;

/// <summary>One run's progress, updated in place: every step with its mark, node and elapsed time, and a bar.</summary>
/// <param name="Attention">Why the run waits or stopped, in words; null while it simply runs.</param>
/// <param name="More">What the view leaves out of a long list and how to see all of it; null when it shows everything.</param>
public sealed record ProgressView(
    Guid RunId,
    string Title,
    RunDisplayState State,
    IReadOnlyList<ProgressStepLine> Steps,
    int Done,
    int Total,
    TimeSpan Elapsed,
    string? Attention,
    string? More = null) : ChatView
{
    public override string Summary => $"{Title}: {State.Words()} ({Done}/{Total} steps)";
}
