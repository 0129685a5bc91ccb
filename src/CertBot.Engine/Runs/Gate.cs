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

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public Gate Decide(GateState state, string? by, DateTimeOffset at, string? comment = null) =>
        this with { State = state, DecidedBy = by, DecidedAt = at, Comment = comment };
}
