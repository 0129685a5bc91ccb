namespace CertBot.Engine.Runs.Decisions;

/// <summary>
/// One kind of decision. A handler asks the lifecycle table whether its action is allowed now, applies the
/// approval policy and builds the change; it never writes: <see cref="RunDecider"/> commits.
/// </summary>
internal interface IDecisionHandler
{
    RunAction Action { get; }

    Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken);
}
