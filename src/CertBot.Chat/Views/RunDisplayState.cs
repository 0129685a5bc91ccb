namespace CertBot.Chat.Views;

/// <summary>
/// Where a run stands, in the words a chat thread uses. The engine's finer states fold into these: a run not yet
/// approved is <see cref="Waiting"/>, a paused or interrupted run both need a person's <see cref="Decision"/>.
/// </summary>
public enum RunDisplayState
{
    /// <summary>Planned or waiting for an approval; nothing has changed on a node yet.</summary>
    Waiting,

    Running,

    /// <summary>Stopped at a step until someone chooses Retry, Skip or Abort (failed, interrupted, or held by the window).</summary>
    Decision,

    Succeeded,
    Failed,
    Cancelled,
}
