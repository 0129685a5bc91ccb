namespace CertBot.Engine.Runs;

/// <summary>What a progress event tells the chat fronts: update the card, or also post a message.</summary>
public enum ProgressKind
{
    StateChanged,
    StepStarted,
    StepFinished,
    GateOpened,
    NeedsAttention,
    Finished,

    /// <summary>A gate after the first change still waits: remind its approvers in the thread.</summary>
    Reminder,
}
