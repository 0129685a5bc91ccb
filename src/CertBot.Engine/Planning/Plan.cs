using System.Text.Json.Serialization;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// The exact, reviewable answer to a request: ordered steps, the decisions that shaped them, anything that
/// blocks the procedure, and a content hash an approval is bound to. Immutable.
/// </summary>
/// <param name="Blockers">Reasons the procedure must not run as asked; a blocked plan cannot be requested.</param>
/// <param name="Hash">SHA-256 (hex) over the canonical serialisation, see <see cref="PlanHasher"/>.</param>
/// <param name="PlannedAt">When the facts were read; not part of the hash.</param>
public sealed record Plan(
    ProcedureRequest Request,
    IReadOnlyList<PlanStep> Steps,
    IReadOnlyList<PlanDecision> Decisions,
    IReadOnlyList<string> Blockers,
    string Hash,
    DateTimeOffset PlannedAt)
{
    /// <summary>
    /// What an approver must read before anything else (a mixed cluster, phones re-registering, steps left out
    /// for the release): shown at the top of the plan and on every approval card. Part of the hash.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    [JsonIgnore]
    public bool IsBlocked => Blockers.Count > 0;

    /// <summary>True when running the plan would change something; a plan without changes is a report.</summary>
    [JsonIgnore]
    public bool Changes => Steps.Any(s => s.Changes);

    [JsonIgnore]
    public TimeSpan EstimatedDuration => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.EstimatedDuration);

    /// <summary>The hash shortened for cards and terminals; approvals compare the full hash.</summary>
    [JsonIgnore]
    public string ShortHash => Hash.Length > 12 ? Hash[..12] : Hash;
}
