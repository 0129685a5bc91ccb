namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// <c>set cert delete &lt;store&gt; &lt;file&gt;</c>, verified by listing the trust store: the entry is gone. An entry
/// already gone (a retry after a crash, or the platform's cluster-wide propagation) is success, said so.
/// </summary>
public sealed class DeleteTrustStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (store, file) = (context.Step.Store!, context.Step.File!);
        var session = await context.SessionAsync(cancellationToken);
        if (!await PresentAsync())
        {
            return new StepResult($"{store}/{file} on {context.Node.Name}: already gone, nothing deleted");
        }

        await session.DeleteTrustAsync(store, file, cancellationToken);
        if (await PresentAsync())
        {
            throw new StepVerificationException(context.Node.Name, $"{store}/{file} is still listed on {context.Node.Name} after the delete");
        }

        return new StepResult($"{store}/{file} on {context.Node.Name}: deleted, no longer listed");

        async Task<bool> PresentAsync() =>
            (await session.ListCertificatesAsync(trust: true, cancellationToken)).Any(c => c.Store == store && c.File == file);
    }
}
