namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// <c>set cert delete &lt;store&gt; &lt;file&gt;</c>. The node port verifies the entry is gone (see
/// <see cref="Nodes.INodeSession.DeleteTrustAsync"/>); an entry already gone (a retry after a crash, or the
/// platform's cluster-wide propagation) is success, said so.
/// </summary>
public sealed class DeleteTrustStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (store, file) = (context.Step.Store!, context.Step.File!);
        var session = await context.SessionAsync(cancellationToken);
        return await session.DeleteTrustAsync(store, file, cancellationToken)
            ? new StepResult($"{store}/{file} on {context.Node.Name}: deleted, no longer listed")
            : new StepResult($"{store}/{file} on {context.Node.Name}: already gone, nothing deleted");
    }
}
