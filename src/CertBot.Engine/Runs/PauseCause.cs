namespace CertBot.Engine.Runs;

/// <summary>Why a run needs attention.</summary>
public enum PauseCause
{
    None,

    /// <summary>A step failed or its change did not verify: Retry, Skip (approver) or Abort.</summary>
    StepFailed,

    /// <summary>A service-impacting step is due outside the maintenance window: an approver overrides, or Retry later.</summary>
    OutsideWindow,

    /// <summary>The process stopped mid-step; nothing is re-executed until someone decides.</summary>
    Interrupted,

    /// <summary>
    /// The plan re-checked before the first change is blocked or changes nothing: only cancel, abort or retry
    /// (which plans again from live state) are open; nothing of it is ever executed or skipped past.
    /// </summary>
    PlanNotRunnable,
}
