using CertBot.Chat.Requests;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Handling;

/// <summary>
/// Card buttons. Every click goes to the engine, which decides; the reply is the clicked card as it should
/// look now (decided, or unchanged after a refusal, whose reason is posted in the thread).
/// </summary>
public sealed class CardActionHandler(
    CertBotEngine engine,
    PlanActions plans,
    RunDecisions decisions,
    RunMessages messages,
    RunViews views,
    Approvers.GateAudiences audiences,
    ShowAll showAll,
    Watch.WatchActions watch,
    FactsRefreshes refreshes,
    ChatThreads thread)
{
    /// <summary>The decision each decision button stands for; the engine decides whether it is allowed now.</summary>
    private static readonly Dictionary<string, RunAction> Decisions = new(StringComparer.Ordinal)
    {
        [ChatVerbs.Approve] = RunAction.Approve,
        [ChatVerbs.Reject] = RunAction.Reject,
        [ChatVerbs.Confirm] = RunAction.Confirm,
        [ChatVerbs.Retry] = RunAction.Retry,
        [ChatVerbs.Skip] = RunAction.Skip,
        [ChatVerbs.Abort] = RunAction.Abort,
        [ChatVerbs.CancelRun] = RunAction.Cancel,
        [ChatVerbs.OverrideWindow] = RunAction.OverrideWindow,
    };

    public async Task<ChatReply> HandleAsync(ChatRequest request, ChatAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        switch (action.Verb)
        {
            case ChatVerbs.RequestApproval:
                return await plans.RequestAsync(request, action, cancellationToken);
            case ChatVerbs.CancelPlan:
                return await plans.CancelAsync(request, action, cancellationToken);
            case ChatVerbs.ShowAll:
                // The card stays as it is; the whole list follows it in the thread.
                await showAll.ClickAsync(request, action, cancellationToken);
                return ChatReply.None;
            case ChatVerbs.Restore:
                return await plans.RestoreAsync(request, action, cancellationToken);
            case { } verb when Watch.WatchActions.IsWatchVerb(verb):
                // The expiry card stays as it is; the plan card follows it in the thread.
                return await watch.PlanAsync(request, action, cancellationToken);
            case ChatVerbs.RefreshFacts:
                return await refreshes.ClickAsync(request, action, cancellationToken);
            case ChatVerbs.Refresh:
                return await CurrentAsync(request, action, cancellationToken);
            case { } verb when Decisions.TryGetValue(verb, out var decide):
                await decisions.ClickAsync(request, action, decide, cancellationToken);
                break;
            default:
                await thread.PostAsync(request.Conversation, new TextView($"{request.DisplayName}: this button ({action.Verb}) is not one I know; nothing changed."), cancellationToken);
                return ChatReply.None;
        }

        return await CurrentAsync(request, action, cancellationToken);
    }

    /// <summary>
    /// The clicked card as it should look now: the gate's card as it was drawn (the thread's, or an approver's copy),
    /// and the clicker's own view of it; else the failure card of the step the run stands at.
    /// </summary>
    private async Task<ChatReply> CurrentAsync(ChatRequest request, ChatAction action, CancellationToken cancellationToken)
    {
        if (action.GetId(ChatVerbs.PlanKey) is { } planId)
        {
            return new ChatReply(await plans.CurrentAsync(planId, cancellationToken));
        }

        if (action.GetId(ChatVerbs.RunKey) is not { } runId || await engine.Runs.ShowAsync(runId, cancellationToken) is not { } run)
        {
            return ChatReply.None;
        }

        var posted = (await plans.Store.MessagesOfAsync(runId, cancellationToken)).Where(m => m.MessageId == action.MessageId).ToList();
        if (action.GetId(ChatVerbs.GateKey) is { } gateId && run.Gates.FirstOrDefault(g => g.Id == gateId) is { } gate)
        {
            if (gate.Kind == GateKind.Certificate)
            {
                return new ChatReply(views.GateMessage(run, gate));
            }

            // The same message id may exist in two conversations (two clients): the one in the clicker's conversation first.
            var clicked = posted.FirstOrDefault(m => m.GateId == gateId && m.Conversation?.Key == request.Conversation.Key)
                ?? posted.FirstOrDefault(m => m.GateId == gateId && m.Conversation is null);
            var shared = clicked is null ? views.Gate(run, gate) : await messages.ViewOfAsync(run, clicked, cancellationToken);
            var own = gate.Kind == GateKind.Approval && gate.IsOpen
                ? views.Gate(run, gate, audiences.ViewerOf(run.Run, request.Principal), await audiences.OfAsync(run.Run, openDirect: false, roster: null, cancellationToken))
                : null;
            return new ChatReply(shared, own);
        }

        var attention = posted.FirstOrDefault(m => m.AttentionStep is not null);
        return new ChatReply(attention is not null ? await messages.ViewOfAsync(run, attention, cancellationToken) : views.Failure(run, run.Run.NextStep));
    }
}
