using CertBot.Chat.Approvers;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Handling;

/// <summary>
/// Keeps a run's gate and failure cards true, in the thread and in the approvers' personal chats: once a gate is
/// decided, expired or void, or a failure is resolved, each of its cards is replaced (buttons gone, who and when
/// shown) and never touched again.
/// </summary>
public sealed class RunMessages(CertBotEngine engine, IChatStore store, ChatThreads thread, RunViews views, GateAudiences audiences)
{
    /// <summary>The view of one posted message as it was drawn (its viewer, where the approvers got it), now; null when the run or gate is gone.</summary>
    public async Task<ChatView?> ViewOfAsync(RunView run, ChatRunMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(message);
        if (message.GateId is { } gateId)
        {
            if (run.Gates.FirstOrDefault(g => g.Id == gateId) is not { } gate)
            {
                return null;
            }

            if (!gate.IsOpen || gate.Kind != GateKind.Approval)
            {
                return views.GateMessage(run, gate);
            }

            var audience = await audiences.OfAsync(run.Run, openDirect: false, roster: null, cancellationToken);
            if (message.CopyFor is not null)
            {
                return views.Gate(run, gate, GateViewer.Approver, audience);
            }

            var platform = (await store.GetThreadAsync(run.Run.Id, cancellationToken))?.Conversation.Platform;
            return views.Gate(run, gate, platform is null ? GateViewer.Anyone : audience.SharedViewer(platform), audience, platform);
        }

        return message.AttentionStep is { } step ? views.Failure(run, step) : null;
    }

    /// <summary>Updates every unsettled card of the run that now shows a final state, wherever it was posted.</summary>
    /// <param name="alreadyShown">The clicked message (its conversation and id): its front replaces it itself.</param>
    public async Task SettleAsync(Guid runId, (string ConversationKey, string MessageId)? alreadyShown, CancellationToken cancellationToken)
    {
        var chatThread = await store.GetThreadAsync(runId, cancellationToken);
        var run = await engine.Runs.ShowAsync(runId, cancellationToken);
        if (chatThread is null || run is null)
        {
            return;
        }

        foreach (var message in (await store.MessagesOfAsync(runId, cancellationToken)).Where(m => !m.Settled))
        {
            var view = FinalView(run, message);
            if (view is null)
            {
                continue;
            }

            var conversation = message.Conversation ?? chatThread.Conversation;
            if (view is not TextView && alreadyShown != (conversation.Key, message.MessageId))
            {
                await thread.UpdateAsync(conversation, new ChatMessageRef(message.MessageId), view, cancellationToken);
            }

            await store.SettleMessageAsync(runId, message.Key, cancellationToken);
        }
    }

    /// <summary>The message's view when it shows a final state; a gate that is gone settles with nothing to show (a text view); null while it may change.</summary>
    private ChatView? FinalView(RunView run, ChatRunMessage message)
    {
        if (message.GateId is { } gateId)
        {
            var gate = run.Gates.FirstOrDefault(g => g.Id == gateId);
            return gate is null ? new TextView("") : views.GateMessage(run, gate) switch
            {
                GateView { IsOpen: false } decided => decided,
                CsrView { IsOpen: false } answered => answered,
                _ => null,
            };
        }

        if (message.AttentionStep is { } step)
        {
            return views.Failure(run, step) is { Resolution: not null } resolved ? resolved : null;
        }

        return new TextView("");
    }
}
