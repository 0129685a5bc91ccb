using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Handling;

/// <summary>
/// Keeps a run's gate and failure cards true: once a gate is decided, expired or void, or a failure is
/// resolved, its card is replaced (buttons gone, who and when shown) and never touched again.
/// </summary>
public sealed class RunMessages(CertBotEngine engine, IChatStore store, ChatThreads thread, RunViews views)
{
    /// <summary>The current view of one posted message, or null when the run or gate is gone.</summary>
    public ChatView? ViewOf(RunView run, ChatRunMessage message)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(message);
        if (message.GateId is { } gateId)
        {
            return run.Gates.FirstOrDefault(g => g.Id == gateId) is { } gate ? views.GateMessage(run, gate) : null;
        }

        return message.AttentionStep is { } step ? views.Failure(run, step) : null;
    }

    /// <summary>Updates every unsettled card of the run that now shows a final state.</summary>
    /// <param name="alreadyShown">The clicked message: its front replaces it itself.</param>
    public async Task SettleAsync(Guid runId, string? alreadyShown, CancellationToken cancellationToken)
    {
        var chatThread = await store.GetThreadAsync(runId, cancellationToken);
        var run = await engine.Runs.ShowAsync(runId, cancellationToken);
        if (chatThread is null || run is null)
        {
            return;
        }

        foreach (var message in (await store.MessagesOfAsync(runId, cancellationToken)).Where(m => !m.Settled))
        {
            var view = ViewOf(run, message);
            var final = view switch
            {
                GateView g => !g.IsOpen,
                CsrView c => !c.IsOpen,
                FailureView f => f.Resolution is not null,
                _ => true,
            };
            if (!final)
            {
                continue;
            }

            if (view is not null && message.MessageId != alreadyShown)
            {
                await thread.UpdateAsync(chatThread.Conversation, new ChatMessageRef(message.MessageId), view, cancellationToken);
            }

            await store.SettleMessageAsync(runId, message.Key, cancellationToken);
        }
    }
}
