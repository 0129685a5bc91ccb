using CertBot.Chat.Requests;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Chat.Handling;

/// <summary>
/// "Request approval" and "Cancel" on a plan card. The run is created from exactly the plan that was shown
/// (stored with the card), once, whoever clicks twice, and requested by the person who asked for it: only they
/// may click "Request approval" (in any of their namespaces); the run's thread is recorded so its progress, gates and
/// end are posted there.
/// </summary>
public sealed class PlanActions(
    CertBotEngine engine,
    EngineOptions options,
    IChatStore store,
    ChatThreads thread,
    RunDecisions decisions,
    People people,
    TimeProvider time)
{
    internal IChatStore Store => store;

    /// <summary>
    /// Plans <paramref name="procedure"/> from the facts cache when it is fresh (the card says as of when, with a
    /// Refresh button), else from live state, and posts its plan card, kept for "Request approval". The runner
    /// re-checks the plan against live state before its first change, whatever it was made from.
    /// </summary>
    public async Task ShowAsync(ChatRequest request, ProcedureRequest procedure, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (plan, factsReadAt) = await engine.Runs.PlanFromFactsAsync(procedure, cancellationToken);
        var id = Guid.NewGuid();
        await store.SavePlanAsync(new PendingPlan(id, request.Principal, request.Conversation, EngineJson.Serialize(plan), time.GetUtcNow()), cancellationToken);
        var view = PlanViews.Open(id, plan, options);
        if (note is not null)
        {
            view = view with { Decisions = [note, .. view.Decisions] };
        }

        if (factsReadAt is { } readAt)
        {
            var data = new Dictionary<string, string> { [ChatVerbs.PlanKey] = id.ToString("D") };
            view = view with { AsOf = FactsAge.Describe(readAt, time.GetUtcNow()), Actions = [.. view.Actions, FactsAge.RefreshAction(data)] };
        }

        await thread.PostAsync(request.Conversation, view, cancellationToken);
    }

    /// <summary>The request of a plan card that is still known, for its Refresh button.</summary>
    public async Task<ProcedureRequest?> RequestOfAsync(ChatAction action, CancellationToken cancellationToken) =>
        (await FindAsync(action, cancellationToken)).Plan?.Request;

    /// <summary>"Restore" on a final card: the plan of the undo, posted like any plan; it runs only after an approval.</summary>
    public async Task<ChatReply> RestoreAsync(ChatRequest request, ChatAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        if (action.GetId(ChatVerbs.RunKey) is not { } runId || await engine.Runs.ShowAsync(runId, cancellationToken) is not { } view
            || Leftovers.Of(view.Run) is not { } leftovers)
        {
            await thread.PostAsync(request.Conversation, new TextView($"{request.DisplayName}: that run left nothing half-done to restore; nothing changed."), cancellationToken);
            return ChatReply.None;
        }

        await ShowAsync(request, ProcedureRequest.Restore(view.Run.Cluster, leftovers), null, cancellationToken);
        return ChatReply.None;
    }

    public async Task<ChatReply> RequestAsync(ChatRequest request, ChatAction action, CancellationToken cancellationToken)
    {
        var (pending, plan) = await FindAsync(action, cancellationToken);
        if (pending is null || plan is null)
        {
            await thread.PostAsync(request.Conversation, new TextView($"{request.DisplayName}: this plan is not known any more; ask again."), cancellationToken);
            return ChatReply.None;
        }

        if (!engine.People.SamePerson(pending.ShownTo, request.Principal))
        {
            // The requester is the person who asked for the plan (stored with it), never whoever clicks: otherwise
            // an approver could click "Request approval" on someone else's plan and count as the second pair of eyes.
            await thread.PostAsync(request.Conversation, new TextView(
                $"⛔ {request.DisplayName}: only {people.NameOf(pending.ShownTo)}, who asked for this plan, can request its approval; ask for your own plan if you want to request it. Nothing changed."), cancellationToken);
            return new ChatReply(await CurrentAsync(pending.Id, cancellationToken));
        }

        if (!pending.IsOpen || !await store.ClosePlanAsync(pending.Id, "approval being requested", time.GetUtcNow(), cancellationToken))
        {
            return new ChatReply(await CurrentAsync(pending.Id, cancellationToken));
        }

        var answer = await engine.Runs.RequestAsync(plan, pending.ShownTo, cancellationToken);
        if (answer.Run is not { } run || answer.Kind != AnswerKind.Done)
        {
            await store.SetPlanOutcomeAsync(pending.Id, $"Not requested: {answer.Message}", cancellationToken);
            await thread.PostAsync(request.Conversation, new TextView(decisions.Describe(request, answer) + " Ask again when that is resolved."), cancellationToken);
            return new ChatReply(PlanViews.Closed(pending.Id, plan, options, $"Not requested: {answer.Message}"));
        }

        await store.SaveThreadAsync(new ChatRunThread(run.Id, request.Conversation, time.GetUtcNow()), cancellationToken);
        var notice = $"Approval requested by {people.NameOf(pending.ShownTo)}: run {RunViews.ShortId(run.Id)}";
        await store.SetPlanOutcomeAsync(pending.Id, notice, cancellationToken);
        return new ChatReply(PlanViews.Closed(pending.Id, plan, options, notice));
    }

    public async Task<ChatReply> CancelAsync(ChatRequest request, ChatAction action, CancellationToken cancellationToken)
    {
        var (pending, plan) = await FindAsync(action, cancellationToken);
        if (pending is null || plan is null)
        {
            return ChatReply.None;
        }

        await store.ClosePlanAsync(pending.Id, $"Cancelled by {request.DisplayName}: nothing was requested", time.GetUtcNow(), cancellationToken);
        return new ChatReply(await CurrentAsync(pending.Id, cancellationToken));
    }

    /// <summary>The plan card as it should look now.</summary>
    public async Task<ChatView?> CurrentAsync(Guid planId, CancellationToken cancellationToken)
    {
        var pending = await store.GetPlanAsync(planId, cancellationToken);
        if (pending is null)
        {
            return null;
        }

        var plan = EngineJson.Deserialize<Plan>(pending.PlanJson);
        return pending.Outcome is { } outcome ? PlanViews.Closed(planId, plan, options, outcome) : PlanViews.Open(planId, plan, options);
    }

    private async Task<(PendingPlan? Pending, Plan? Plan)> FindAsync(ChatAction action, CancellationToken cancellationToken)
    {
        if (action.GetId(ChatVerbs.PlanKey) is not { } id || await store.GetPlanAsync(id, cancellationToken) is not { } pending)
        {
            return (null, null);
        }

        return (pending, EngineJson.Deserialize<Plan>(pending.PlanJson));
    }
}
