namespace CertBot.Engine.Runs.Decisions;

/// <summary>
/// One attempt at a decision: the run as just read, who decides (parsed), how the journal names them (the
/// configured person, <see cref="PersonDirectory.Describe(Principal)"/>) and the time of the attempt.
/// </summary>
internal sealed record DecisionContext(Decision Decision, Run Run, Principal Who, string Name, DateTimeOffset Now)
{
    /// <summary>The answer with nothing committed.</summary>
    public Verdict Answer(AnswerKind kind, string message) => new(RunAnswer.Of(kind, message, Run), null);

    /// <summary>"Not allowed while …; allowed: …" for this decision's action.</summary>
    public Verdict NotAllowed() => new(RunAnswer.NotAllowed(Decision.Action, Run), null);

    /// <summary>
    /// For the decisions no gate takes: not allowed now (the lifecycle table), else refused for
    /// <paramref name="policyRefusal"/> (the approval policy's reason), else null: the handler goes on.
    /// </summary>
    public Verdict? Refuse(string? policyRefusal) =>
        !RunLifecycle.IsAllowed(Run.State, Decision.Action, null) ? NotAllowed()
        : policyRefusal is null ? null
        : Answer(AnswerKind.Refused, policyRefusal);

    /// <summary>Done: <paramref name="change"/> is committed and <paramref name="message"/> answered.</summary>
    public Verdict Commit(string message, RunChange change) => new(RunAnswer.Of(AnswerKind.Done, message, Run), change);
}
