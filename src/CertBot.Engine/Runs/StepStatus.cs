namespace CertBot.Engine.Runs;

/// <summary>The outcome of one plan step in a run.</summary>
public enum StepStatus
{
    Pending,

    /// <summary>A gate or manual step waiting for a person.</summary>
    Waiting,

    /// <summary>Started and not finished: in flight, or lost in a crash.</summary>
    Running,
    Succeeded,
    Failed,
    Skipped,
}
