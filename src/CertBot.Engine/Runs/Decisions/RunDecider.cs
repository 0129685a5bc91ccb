using CertBot.Engine.Configuration;
using CertBot.Engine.Signals;
using CertBot.Engine.Storage;

namespace CertBot.Engine.Runs.Decisions;

/// <summary>
/// People's decisions on runs, from any front (Teams, Slack, the command line): reads the run, lets the one
/// handler of the decision's action decide, commits, and wakes the runner so an approved run goes on at once.
/// Every answer says what happened or why not, and what may be asked now. The runner does the work; a
/// decision only decides and records.
/// </summary>
public sealed class RunDecider
{
    private const int Attempts = 3;
    private readonly IEngineStore store;
    private readonly TimeProvider time;
    private readonly WakeUp runner;
    private readonly Dictionary<RunAction, IDecisionHandler> handlers;

    public RunDecider(EngineOptions options, IEngineStore store, TimeProvider time, WakeUp runner)
    {
        this.store = store;
        this.time = time;
        this.runner = runner;
        var policy = new ApprovalPolicy(options);
        var gates = new GateLookup(store);
        handlers = new IDecisionHandler[]
        {
            new ApproveHandler(gates, policy), new RejectHandler(gates, policy), new ConfirmHandler(gates, policy),
            new RetryHandler(policy), new SkipHandler(policy), new AbortHandler(gates, policy),
            new CancelHandler(gates, policy), new OverrideWindowHandler(policy),
        }.ToDictionary(h => h.Action);
    }

    /// <summary>Decides; re-reads and decides again when the runner wrote in between.</summary>
    public async Task<RunAnswer> DecideAsync(Decision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!Principal.TryParse(decision.Principal, out var who))
        {
            return RunAnswer.Of(AnswerKind.Refused, Principal.NotAPrincipal(decision.Principal), null);
        }

        if (!handlers.TryGetValue(decision.Action, out var handler))
        {
            return RunAnswer.Of(AnswerKind.Refused, $"{decision.Action.ToString().ToLowerInvariant()} is the runner's move, not a decision people make", null);
        }

        for (var attempt = 1; ; attempt++)
        {
            var run = await store.GetAsync(decision.RunId, cancellationToken);
            if (run is null)
            {
                return RunAnswer.Of(AnswerKind.NotFound, $"no run {decision.RunId}", null);
            }

            var (answer, change) = await handler.DecideAsync(new DecisionContext(decision, run, who, time.GetUtcNow()), cancellationToken);
            if (change is null)
            {
                return answer;
            }

            try
            {
                var stored = await store.CommitAsync(change.ToUpdate(), cancellationToken);
                runner.Pulse();
                return answer with { Run = stored, Allowed = RunLifecycle.Allowed(stored.State) };
            }
            catch (RunConflictException) when (attempt < Attempts)
            {
                // The runner moved the run meanwhile; decide again on what it is now.
            }
        }
    }
}
