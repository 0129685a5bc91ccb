using CertBot.Chat.Grammar;
using CertBot.Chat.Requests;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;

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
    ChatThreads thread)
{
    public async Task<ChatReply> HandleAsync(ChatRequest request, ChatAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        var comment = InputLimits.CapComment(action.Get(ChatVerbs.CommentKey));
        var gate = action.GetId(ChatVerbs.GateKey);
        switch (action.Verb)
        {
            case ChatVerbs.RequestApproval:
                return await plans.RequestAsync(request, action, cancellationToken);
            case ChatVerbs.CancelPlan:
                return await plans.CancelAsync(request, action, cancellationToken);
            case ChatVerbs.Refresh:
                return new ChatReply(await CurrentAsync(action, cancellationToken));
            case ChatVerbs.Approve:
                await decisions.ClickAsync(request, action, (id, who) =>
                    engine.Runs.ApproveAsync(id, who, action.Get(ChatVerbs.HashKey), gate, comment, cancellationToken: cancellationToken), cancellationToken);
                break;
            case ChatVerbs.Reject:
                await decisions.ClickAsync(request, action, (id, who) => engine.Runs.RejectAsync(id, who, comment, gate, cancellationToken), cancellationToken);
                break;
            case ChatVerbs.Confirm:
                await decisions.ClickAsync(request, action, (id, who) => engine.Runs.ConfirmAsync(id, who, comment, gate, cancellationToken), cancellationToken);
                break;
            case ChatVerbs.Retry:
                await decisions.ClickAsync(request, action, (id, who) => engine.Runs.RetryAsync(id, who, cancellationToken), cancellationToken);
                break;
            case ChatVerbs.Skip:
                await decisions.ClickAsync(request, action, (id, who) => engine.Runs.SkipAsync(id, who, cancellationToken), cancellationToken);
                break;
            case ChatVerbs.Abort:
                await decisions.ClickAsync(request, action, (id, who) => engine.Runs.AbortAsync(id, who, cancellationToken), cancellationToken);
                break;
            case ChatVerbs.CancelRun:
                await decisions.ClickAsync(request, action, (id, who) => engine.Runs.CancelAsync(id, who, cancellationToken), cancellationToken);
                break;
            case ChatVerbs.OverrideWindow:
                await decisions.ClickAsync(request, action, (id, who) => engine.Runs.OverrideWindowAsync(id, who, cancellationToken), cancellationToken);
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
            return views.Gate(run, gate);
        }

        var posted = action.MessageId is null ? null
            : (await messagesOf(runId)).FirstOrDefault(m => m.MessageId == action.MessageId);
        return posted is not null ? messages.ViewOf(run, posted) : views.Failure(run, run.Run.NextStep);

        Task<IReadOnlyList<ChatRunMessage>> messagesOf(Guid id) => plans.Store.MessagesOfAsync(id, cancellationToken);
    }
}
