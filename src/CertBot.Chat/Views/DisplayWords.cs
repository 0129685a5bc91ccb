namespace CertBot.Chat.Views;

/// <summary>
/// The words every front shows for a display state, so Teams and Slack say the same thing ("Needs a decision",
/// "Held by the maintenance window") rather than each printing an enum name.
/// </summary>
public static class DisplayWords
{
    public static string Words(this RunDisplayState state) => state switch
    {
        RunDisplayState.Waiting => "Waiting",
        RunDisplayState.Running => "Running",
        RunDisplayState.Decision => "Needs a decision",
        RunDisplayState.Succeeded => "Succeeded",
        RunDisplayState.Failed => "Failed",
        RunDisplayState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };

    /// <summary>True when a person should look: the run failed or waits for a decision.</summary>
    public static bool NeedsAttention(this RunDisplayState state) => state is RunDisplayState.Failed or RunDisplayState.Decision;

    public static string Words(this DecisionCause cause) => cause switch
    {
        DecisionCause.Interrupted => "Run interrupted",
        DecisionCause.OutsideWindow => "Held by the maintenance window",
        _ => "Step failed",
    };

    /// <summary>✓ done, ▶ running, ✗ failed, ⤼ skipped, ⏸ waiting for a person, · pending.</summary>
    public static string Mark(this StepDisplayState state) => state switch
    {
        StepDisplayState.Succeeded => "✓",
        StepDisplayState.Running => "▶",
        StepDisplayState.Failed => "✗",
        StepDisplayState.Skipped => "⤼",
        StepDisplayState.Waiting => "⏸",
        _ => "·",
    };
}
