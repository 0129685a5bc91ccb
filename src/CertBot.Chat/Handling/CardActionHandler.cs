using CertBot.Chat.Requests;
using CertBot.Chat.Storage;
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
                return new ChatReply(await CurrentAsync(action, cancellationToken));
            case { } verb when Decisions.TryGetValue(verb, out var decide):
                await decisions.ClickAsync(request, action, decide, cancellationToken);
                break;
            default:
                await thread.PostAsync(request.Conversation, new TextView($"{request.DisplayName}: this button ({action.Verb}) is not one I know; nothing changed."), cancellationToken);
                return ChatReply.None;
        }

        return new ChatReply(await CurrentAsync(action, cancellationToken));
    }

    /// <summary>The clicked card as it should look now: the gate's card, else the failure card of the step the run stands at.</summary>
    private async Task<ChatView?> CurrentAsync(ChatAction action, CancellationToken cancellationToken)
    {
        if (action.GetId(ChatVerbs.PlanKey) is { } planId)
        {
            return await plans.CurrentAsync(planId, cancellationToken);
        }

        if (action.GetId(ChatVerbs.RunKey) is not { } runId || await engine.Runs.ShowAsync(runId, cancellationToken) is not { } run)
        {
            return null;
        }

        if (action.GetId(ChatVerbs.GateKey) is { } gateId && run.Gates.FirstOrDefault(g => g.Id == gateId) is { } gate)
        {
            return views.GateMessage(run, gate);
        }

        var posted = action.MessageId is null ? null
            : (await messagesOf(runId)).FirstOrDefault(m => m.MessageId == action.MessageId);
        return posted is not null ? messages.ViewOf(run, posted) : views.Failure(run, run.Run.NextStep);

        Task<IReadOnlyList<ChatRunMessage>> messagesOf(Guid id) => plans.Store.MessagesOfAsync(id, cancellationToken);
    }
}
