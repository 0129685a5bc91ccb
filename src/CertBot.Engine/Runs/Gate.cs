using System.Text.Json.Serialization;
namespace CertBot.Engine.Runs;

/// <summary>
/// A persisted, single-use resume point: the run waits at <see cref="StepIndex"/> until one decision on this
/// gate. Bound to the plan hash it was opened for: an approval of another plan changes nothing.
/// </summary>
public sealed record Gate(
    Guid Id,
    Guid RunId,
    int StepIndex,
    GateKind Kind,
    string PlanHash,
    string Title,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    GateState State = GateState.Open,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null,
    string? Comment = null)
{
    [JsonIgnore]
    public bool IsOpen => State == GateState.Open;

    /// <summary>The deadline passed, whatever the run did since (the store's query of gates to look at).</summary>
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>
    /// Whether the gate has expired for <paramref name="run"/>: only an approval before the run's first change
    /// expires. After it nothing expires (the approvers are reminded instead), even a gate opened with a deadline
    /// before that rule existed: the runner does not cancel it, so an approval of it must not be refused either.
    /// </summary>
    public bool HasExpired(Run run, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Kind == GateKind.Approval && !run.HasChanged && IsExpired(now);
    }

    public Gate Decide(GateState state, string? by, DateTimeOffset at, string? comment = null) =>
        this with { State = state, DecidedBy = by, DecidedAt = at, Comment = comment };
}
