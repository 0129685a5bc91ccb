namespace CertBot.Chat.Views;

/// <summary>
/// A run that needs a decision: the step that failed (or was interrupted, or is held by the maintenance window),
/// why, the node's last lines, and Retry / Skip / Abort. <see cref="Resolution"/> replaces the buttons once decided.
/// </summary>
public sealed record FailureView(
    Guid RunId,
    string Title,
    DecisionCause Cause,
    int StepNumber,
    string StepTitle,
    string? Node,
    string Reason,
    string? OutputTail,
    string? Resolution,
    IReadOnlyList<ViewAction> Actions) : ChatView
{
    /// <summary>The card's heading: "Step failed", "Run interrupted" or "Held by the maintenance window".</summary>
    public string Heading => Cause.Words();

    public override string Summary => Resolution is null
        ? $"{Title}: step {StepNumber} needs a decision ({Reason})"
        : $"{Title}: {Resolution}";
}
