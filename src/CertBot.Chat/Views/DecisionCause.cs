namespace CertBot.Chat.Views;

/// <summary>Why a run waits for a decision, as the failure view heads it.</summary>
public enum DecisionCause
{
    /// <summary>The step failed or its change did not verify.</summary>
    StepFailed,

    /// <summary>A service-impacting step is due outside the cluster's maintenance window.</summary>
    OutsideWindow,

    /// <summary>The process stopped mid-step; nothing re-runs until someone decides.</summary>
    Interrupted,
}
