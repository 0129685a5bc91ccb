namespace CertBot.Chat.Views;

/// <summary>Where one step of a run stands, as the progress view marks it.</summary>
public enum StepDisplayState
{
    Pending,

    /// <summary>A gate or manual step waiting for a person.</summary>
    Waiting,

    Running,
    Succeeded,
    Failed,
    Skipped,
}
