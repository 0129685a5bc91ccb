namespace CertBot.Engine.Runs;

/// <summary>What a journal entry records.</summary>
public enum JournalKind
{
    Requested,
    Decision,
    GateOpened,
    Approved,
    Rejected,
    Confirmed,

    /// <summary>P9: the CA's signed certificate was provided and passed validation.</summary>
    CertificateProvided,
    Expired,
    Rechecked,
    Drift,
    StepStarted,
    StepSucceeded,
    StepFailed,
    StepSkipped,
    Retried,
    WindowHold,
    WindowOverride,
    CancelRequested,
    Cancelled,
    Aborted,
    Interrupted,
    Succeeded,

    /// <summary>The approvers of a gate after the first change were reminded; the gate keeps waiting.</summary>
    Reminded,

    /// <summary>A person's decision that changed nothing: refused, not allowed now, or already made by someone else.</summary>
    Refused,

    /// <summary>The run's chat thread cannot be reached: its posts kept failing after the backoff.</summary>
    Unreachable,

    /// <summary>Posts reach the run's chat thread again.</summary>
    Reachable,
}
