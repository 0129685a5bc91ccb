namespace CertBot.Engine.Runs;

/// <summary>
/// What can happen to a run. The first group are people's requests (each a handler behind <see cref="Decisions.RunDecider"/>);
/// the rest are the runner's own moves.
/// </summary>
public enum RunAction
{
    Approve,
    Reject,
    Confirm,
    Retry,
    Skip,
    Abort,
    Cancel,
    OverrideWindow,

    /// <summary>P9: the CA's signed certificate (and chain) for the run's CSRs.</summary>
    Provide,

    Submit,
    ReachGate,
    Drift,
    Fail,
    HoldForWindow,
    Complete,
    Interrupt,
    Expire,
    StopAtBoundary,
}
