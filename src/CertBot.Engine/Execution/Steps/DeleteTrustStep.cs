using CertBot.Engine.Runs;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// <c>set cert delete &lt;store&gt; &lt;file&gt;</c>. The node port verifies the entry is gone (see
/// <see cref="Nodes.INodeSession.DeleteTrustAsync"/>); an entry already gone (a retry after a crash, or the
/// platform's cluster-wide propagation) is success, said so. Where the plan relies on the propagation
/// (<see cref="Planning.PlanStep.Peers"/>), the entry must be gone from those nodes' lists too.
/// </summary>
public sealed class DeleteTrustStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (store, file) = (context.Step.Store!, context.Step.File!);
        var session = await context.SessionAsync(cancellationToken);
        var deleted = await session.DeleteTrustAsync(store, file, cancellationToken);
        var detail = deleted
            ? $"{store}/{file} on {context.Node.Name}: deleted, no longer listed"
            : $"{store}/{file} on {context.Node.Name}: already gone, nothing deleted";
        var peers = context.Step.Peers ?? [];
        var stillThere = new List<string>();
        foreach (var peer in peers)
        {
            var trust = await (await context.SessionAsync(peer, cancellationToken)).ListCertificatesAsync(trust: true, cancellationToken);
            if (trust.Any(c => c.Store == store && c.File == file))
            {
                stillThere.Add(peer.Name);
            }
        }

        return stillThere.Count > 0
            ? throw new StepVerificationException(context.Node.Name,
                $"{detail}; but the deletion did not propagate: {store}/{file} is still listed on {string.Join(", ", stillThere)}")
            : new StepResult(peers.Count == 0 ? detail : $"{detail}; gone on {string.Join(", ", peers.Select(p => p.Name))} too (propagated)")
            {
                // An entry found already gone was not deleted by this run (unless an earlier attempt did): the
                // record says so rather than claim the deletion.
                Changes =
                [
                    new(ChangeKind.TrustDeleted, context.Node.Name, $"{store}/{file}", context.Step.PreviousSerial,
                        Note: deleted ? null : "already gone when the step ran"),
                    .. peers.Select(p => new NodeChange(ChangeKind.TrustDeleted, p.Name, $"{store}/{file}", context.Step.PreviousSerial,
                        Note: $"propagated from {context.Node.Name}")),
                ],
            };
    }
}
