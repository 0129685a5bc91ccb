namespace CertBot.Engine.Runs;

/// <summary>Where a run stands. <see cref="Interrupted"/> is a run the process lost mid-step; it is treated like <see cref="Paused"/>.</summary>
public enum RunState
{
    Planned,
    AwaitingApproval,
    Running,
    Paused,
    Interrupted,
    Succeeded,
    Failed,
    Cancelled,
}
