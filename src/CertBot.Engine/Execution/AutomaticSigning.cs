using CertBot.Engine.Configuration;
using CertBot.Engine.Renewal;
using CertBot.Engine.Renewal.Authorities;
using CertBot.Engine.Runs;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine.Execution;

/// <summary>
/// P9: when a run reaches "waiting for the signed certificate", asks the cluster's CA connector for the answer. An
/// answer is judged by the same <see cref="AnswerValidator"/> as a pasted one and accepted the same way
/// (<see cref="SignedAnswerAcceptance"/>), so the run stops next at the installation approval like any other. The
/// manual connector, a connector that leaves it to people, fails or answers wrongly: the gate stays open and the
/// run waits for people's answer, with the reason journaled and in the run's attention line.
/// </summary>
internal sealed class AutomaticSigning(EngineOptions options, CertificateAuthorities authorities, ILogger logger)
{
    /// <param name="change">The change that just opened <paramref name="gate"/> (a certificate gate).</param>
    /// <returns>The same change, with the connector's accepted answer or the reason the run keeps waiting.</returns>
    public async Task<RunChange> AskAsync(RunChange change, Gate gate, CancellationToken cancellationToken)
    {
        var run = change.Run;
        var cluster = options.FindCluster(run.Request.Cluster);
        if (cluster is null || authorities.For(cluster) is not { } connector || CertificateAuthorities.IsManual(connector))
        {
            return change;
        }

        var by = $"the CA connector '{connector.Name}'";
        var order = new SigningOrder(run.Id, cluster.Name, run.Plan.Steps[gate.StepIndex].Unit ?? "", SigningRequestFacts.Of(run.RenewalOrEmpty));
        SigningAnswer answer;
        try
        {
            answer = await connector.SignAsync(order, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            Log.ConnectorFailed(logger, failure, run.Id, connector.Name);
            return Waiting(change, gate, $"{by} failed ({failure.GetType().Name}: {failure.Message})");
        }

        if (answer.Pem is null)
        {
            return Waiting(change, gate, $"{by} leaves it to people: {answer.Reason}");
        }

        var (accepted, message) = AnswerValidator.Validate(run.Plan, run.RenewalOrEmpty, answer.Pem, change.Now);
        return accepted is null
            ? Waiting(change, gate, $"the answer of {by} is refused: {message}")
            : SignedAnswerAcceptance.Apply(change, gate, accepted, message, by, "connector:" + connector.Name);
    }

    private static RunChange Waiting(RunChange change, Gate gate, string why) =>
        change.Journal(JournalKind.Refused, why + "; waiting for the answer in the run's thread", gate.StepIndex)
            .Update(r => r with { Attention = $"{r.Attention}; {why}" });
}
