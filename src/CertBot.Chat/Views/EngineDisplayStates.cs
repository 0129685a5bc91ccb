using CertBot.Engine.Runs;

namespace CertBot.Chat.Views;

/// <summary>
/// The one translation of the engine's run, step and pause states into the chat's display states: the views are
/// built here in Chat, so the fronts that render them never see an engine type.
/// </summary>
internal static class EngineDisplayStates
{
    public static RunDisplayState Display(this RunState state) => state switch
    {
        RunState.Planned or RunState.AwaitingApproval => RunDisplayState.Waiting,
        RunState.Running => RunDisplayState.Running,
        RunState.Paused or RunState.Interrupted => RunDisplayState.Decision,
        RunState.Succeeded => RunDisplayState.Succeeded,
        RunState.Failed => RunDisplayState.Failed,
        RunState.Cancelled => RunDisplayState.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "a run state the chat has no words for"),
    };

    public static StepDisplayState Display(this StepStatus status) => status switch
    {
        StepStatus.Pending => StepDisplayState.Pending,
        StepStatus.Waiting => StepDisplayState.Waiting,
        StepStatus.Running => StepDisplayState.Running,
        StepStatus.Succeeded => StepDisplayState.Succeeded,
        StepStatus.Failed => StepDisplayState.Failed,
        StepStatus.Skipped => StepDisplayState.Skipped,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a step status the chat has no words for"),
    };

    /// <summary>A run with no recorded cause that still asks for a decision is shown as a failed step.</summary>
    public static DecisionCause Display(this PauseCause cause) => cause switch
    {
        PauseCause.OutsideWindow => DecisionCause.OutsideWindow,
        PauseCause.Interrupted => DecisionCause.Interrupted,
        _ => DecisionCause.StepFailed,
    };
}
