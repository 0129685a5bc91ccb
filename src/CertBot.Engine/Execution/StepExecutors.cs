using CertBot.Engine.Execution.Steps;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution;

/// <summary>The executor of each changing step kind.</summary>
public sealed class StepExecutors
{
    private readonly Dictionary<StepKind, IStepExecutor> executors;

    public StepExecutors()
    {
        var bulk = new BulkSteps();
        executors = new Dictionary<StepKind, IStepExecutor>
        {
            [StepKind.Regenerate] = new RegenerateStep(),
            [StepKind.ControlService] = new ControlServiceStep(),
            [StepKind.DeleteTrust] = new DeleteTrustStep(),
            [StepKind.ImportTrust] = new ImportTrustStep(),
            [StepKind.ConfigureBulkSftp] = bulk,
            [StepKind.BulkExport] = bulk,
            [StepKind.BulkConsolidate] = bulk,
            [StepKind.BulkImport] = bulk,
            [StepKind.VerifyBulkFiles] = new VerifyBulkFilesStep(),
            [StepKind.VerifyIpsecTrust] = new VerifyIpsecTrustStep(),
            [StepKind.CheckHealth] = new CheckHealthStep(),
            [StepKind.VerifyPeerCopies] = new VerifyPeerCopiesStep(),
            [StepKind.GenerateCsr] = new GenerateCsrStep(),
            [StepKind.ImportChain] = new ImportChainStep(),
            [StepKind.ImportOwn] = new ImportOwnStep(),
            [StepKind.VerifyIdentity] = new VerifyIdentityStep(),
        };
    }

    /// <exception cref="InvalidOperationException">Gates and manual steps are not executed: the runner opens gates for them.</exception>
    public IStepExecutor For(StepKind kind) =>
        executors.TryGetValue(kind, out var executor) ? executor : throw new InvalidOperationException($"{kind} steps wait for a person; nothing executes them");
}
