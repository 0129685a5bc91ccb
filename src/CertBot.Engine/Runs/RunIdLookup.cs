namespace CertBot.Engine.Runs;

/// <summary>What typed text names: the run's id, or the problem and, when ambiguous, the runs it matches.</summary>
public sealed record RunIdLookup(Guid? Id, RunIdProblem Problem, IReadOnlyList<Guid> Matches)
{
    /// <summary>The text as read: trimmed, without a leading <c>#</c>.</summary>
    public required string Text { get; init; }
}
