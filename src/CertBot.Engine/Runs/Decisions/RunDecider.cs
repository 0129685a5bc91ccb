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
    private readonly PersonDirectory people;
    private readonly Dictionary<RunAction, IDecisionHandler> handlers;

    public RunDecider(EngineOptions options, PersonDirectory people, IEngineStore store, TimeProvider time, WakeUp runner)
    {
        this.store = store;
        this.time = time;
        this.runner = runner;
        this.people = people;
        var policy = new ApprovalPolicy(options, people);
        var gates = new GateLookup(store);
        handlers = new IDecisionHandler[]
        {
            new ApproveHandler(gates, policy), new RejectHandler(gates, policy), new ConfirmHandler(gates, policy),
            new RetryHandler(policy), new SkipHandler(policy), new AbortHandler(gates, policy),
            new CancelHandler(gates, policy), new OverrideWindowHandler(policy), new ProvideHandler(gates, policy),
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

            var (answer, change) = await handler.DecideAsync(new DecisionContext(decision, run, who, people.Describe(who), time.GetUtcNow()), cancellationToken);
            // A decision that changes nothing is journaled too: a forged or mistaken approval leaves a trace.
            change ??= Unanswered(decision, run, who, answer);

            try
            {
                var stored = await store.CommitAsync(change.ToUpdate(), cancellationToken);
                if (!answer.Changed)
                {
                    return answer;
                }

                runner.Pulse();
                return answer with { Run = stored, Allowed = RunLifecycle.Allowed(stored.State) };
            }
            catch (RunConflictException) when (attempt < Attempts)
            {
                // The runner moved the run meanwhile; decide again on what it is now.
            }
            catch (RunConflictException) when (!answer.Changed)
            {
                return answer; // the run keeps moving under a refusal: the answer stands, its journal line is lost.
            }
        }
    }

    /// <summary>The journal line of a decision that changed nothing (refused, not allowed now, or already made).</summary>
    private RunChange Unanswered(Decision decision, Run run, Principal who, RunAnswer answer)
    {
        var verb = answer.Kind switch
        {
            AnswerKind.NotAllowed => "not allowed",
            AnswerKind.Unchanged => "changed nothing",
            _ => "refused",
        };
        var action = decision.Action.ToString().ToLowerInvariant() + (decision.Typed ? " (typed)" : "");
        return new RunChange(run, time.GetUtcNow())
            .Journal(JournalKind.Refused, $"{action} by {people.Describe(who)} {verb}: {answer.Message}", run.NextStep < run.Plan.Steps.Count ? run.NextStep : null, who.ToString());
    }
}
