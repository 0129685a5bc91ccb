using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Engine;
using CertBot.Engine.Runs;
using Microsoft.Extensions.Logging;

namespace CertBot.Chat.Approvers;

/// <summary>
/// Posts an open gate's cards: one in the run's thread, and for an approval a copy in each approver's personal chat
/// with the bot (where a click decides the same gate, checked by the engine like any other). Each card is stored
/// under its own key with where it went, so a retried delivery posts only what is missing and every copy is
/// updated in place once the gate is decided, expires or the run moves on.
/// </summary>
public sealed class GateCards(
    CertBotEngine engine,
    IChatStore store,
    ChatThreads thread,
    Views.RunViews views,
    GateAudiences audiences,
    TimeProvider time,
    ILogger<GateCards> logger)
{
    /// <summary>The most runs awaiting approval looked at when somebody new writes to the bot.</summary>
    private const int OpenRunsLooked = 50;

    /// <summary>Posts what is missing of the gate's cards in the thread and the approvers' personal chats.</summary>
    public async Task PostAsync(ChatConversation conversation, RunView run, Gate gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(gate);
        var posted = (await store.MessagesOfAsync(run.Run.Id, cancellationToken)).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var audience = gate.Kind == GateKind.Approval ? await audiences.OfAsync(run.Run, openDirect: true, conversation, cancellationToken) : GateAudience.Empty;
        var key = ChatRunMessage.GateKey(gate.Id);
        if (!posted.Contains(key))
        {
            // A renewal waiting for the CA's answer posts its CSR card; every other gate its gate card.
            var shared = gate.Kind == GateKind.Certificate ? views.GateMessage(run, gate)
                : views.Gate(run, gate, audience.SharedViewer(conversation.Platform), audience, conversation.Platform);
            var message = await thread.PostAsync(conversation, shared, cancellationToken);
            await store.SaveMessageAsync(new ChatRunMessage(run.Run.Id, key, message.Id, time.GetUtcNow()), cancellationToken);
        }

        await PostCopiesAsync(run, gate, audience, audience.Targets.Where(t => !posted.Contains(ChatRunMessage.GateCopyKey(gate.Id, t.Principal))), cancellationToken);
    }

    /// <summary>
    /// Somebody wrote to the bot in a personal chat for the first time: the open approvals they may decide reach them
    /// now, and the thread's cards stop listing them as not reachable.
    /// </summary>
    public async Task DeliverLateAsync(string principal, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var run in await engine.Runs.ListAsync([RunState.AwaitingApproval], OpenRunsLooked, cancellationToken))
            {
                if (audiences.ViewerOf(run, principal) != Views.GateViewer.Approver
                    || await engine.Runs.ShowAsync(run.Id, cancellationToken) is not { } view
                    || view.Gates.LastOrDefault(g => g.IsOpen) is not { Kind: GateKind.Approval } gate
                    || await store.GetThreadAsync(run.Id, cancellationToken) is not { } runThread)
                {
                    continue;
                }

                var audience = await audiences.OfAsync(view.Run, openDirect: false, runThread.Conversation, cancellationToken);
                await PostCopiesAsync(view, gate, audience, audience.Targets.Where(t => t.Principal == principal), cancellationToken);
                if ((await store.MessagesOfAsync(run.Id, cancellationToken)).FirstOrDefault(m => m.Key == ChatRunMessage.GateKey(gate.Id)) is { } shared)
                {
                    var platform = runThread.Conversation.Platform;
                    await thread.UpdateAsync(runThread.Conversation, new ChatMessageRef(shared.MessageId),
                        views.Gate(view, gate, audience.SharedViewer(platform), audience, platform), cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The person's message is answered anyway; the cards reach them with the next gate at the latest.
            Log.LateCopiesFailed(logger, principal, e);
        }
    }

    private async Task PostCopiesAsync(RunView run, Gate gate, GateAudience audience, IEnumerable<GateTarget> targets, CancellationToken cancellationToken)
    {
        foreach (var target in targets)
        {
            try
            {
                var copy = views.Gate(run, gate, Views.GateViewer.Approver, audience);
                var message = await thread.PostAsync(target.Conversation, copy, cancellationToken);
                await store.SaveMessageAsync(
                    new ChatRunMessage(run.Run.Id, ChatRunMessage.GateCopyKey(gate.Id, target.Principal), message.Id, time.GetUtcNow(), Conversation: target.Conversation),
                    cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One approver who blocked the bot must not hold the run's thread back: the others and the thread go on.
                Log.CopyFailed(logger, gate.Id, target.Principal, e);
            }
        }
    }
}
