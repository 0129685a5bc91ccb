namespace CertBot.Engine.Runs.Decisions;

/// <summary>
/// What a person decides about a run, from any front: the action (<see cref="RunLifecycle.PersonActions"/>),
/// the run and who decides. The rest is optional and used only by the decisions that take it.
/// </summary>
/// <param name="Principal"><c>aad:&lt;object id&gt;</c>, <c>slack:&lt;user id&gt;</c> or <c>cli:&lt;name&gt;</c>.</param>
public sealed record Decision(RunAction Action, Guid RunId, string Principal)
{
    /// <summary>Kept in the journal with an approval, rejection or confirmation.</summary>
    public string? Comment { get; init; }

    /// <summary>The gate the card was bound to; null means the run's open gate.</summary>
    public Guid? GateId { get; init; }

    /// <summary>For an approval: the plan the approver saw (full hash or at least 12 characters); null means the run's current plan.</summary>
    public string? PlanHash { get; init; }

    /// <summary>
    /// For an approval: the approver typed it and was shown no plan (<c>approve 1a2b3c4d</c> in chat). Refused
    /// with the plan to review: an approval is given on the card that shows the plan, whose hash it carries.
    /// </summary>
    public bool Typed { get; init; }

    /// <summary>For <see cref="RunAction.Provide"/>: the CA's answer, PEM (the signed certificate(s) and the chain).</summary>
    public string? Certificate { get; init; }

    /// <summary>For an approval: also allow service-impacting steps outside the maintenance window (journaled).</summary>
    public bool OverrideWindow { get; init; }
}
