namespace CertBot.Engine.Execution;

/// <summary>
/// Executes and verifies one kind of step: the command alone is never trusted, the change is read back.
/// Failures are <see cref="Nodes.NodeException"/>s (the node said no) or <see cref="StepVerificationException"/>s
/// (the node said yes but the change is not there).
/// </summary>
public interface IStepExecutor
{
    Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken);
}
