namespace CertBot.Engine.Runs;

/// <summary>How a request about a run was answered.</summary>
public enum AnswerKind
{
    /// <summary>Done: the run changed.</summary>
    Done,

    /// <summary>Nothing to do: already so (a second click on Approve).</summary>
    Unchanged,

    /// <summary>The policy refuses (not an approver, own run, other plan, expired gate); nothing changed.</summary>
    Refused,

    /// <summary>Not allowed in the run's state; <see cref="RunAnswer.Allowed"/> says what is.</summary>
    NotAllowed,

    /// <summary>No such run.</summary>
    NotFound,
}
