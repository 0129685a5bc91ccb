using CertBot.Chat.Handling;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Runs;
using CertBot.Engine.Signals;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CertBot.Chat.Delivery;

/// <summary>
/// Drains the engine's outbox into the threads, woken by every commit that wrote progress (polling every
/// <see cref="ChatOptions.DeliveryInterval"/> as the fallback): one progress card per run, updated in place at most once per
/// <see cref="ChatOptions.ProgressUpdateInterval"/> (Teams allows ~7 sends per second per thread); a gate or
/// confirmation card when a gate opens (an approval also in each approver's personal chat, <see cref="Approvers.GateCards"/>), a failure card with Retry / Skip / Abort when a run needs attention,
/// a summary at the end; cards that a decision or an expiry settled lose their buttons. Events are marked
/// delivered only once what they describe is in the thread, so a restart posts what was missing.
/// </summary>
public sealed class ChatDeliveryService(
    CertBotEngine engine,
    IChatStore store,
    ChatThreads thread,
    RunViews views,
    RunMessages messages,
    Approvers.GateCards gateCards,
    ChatOptions options,
    TimeProvider time,
    ILogger<ChatDeliveryService> logger) : BackgroundService
{
    /// <summary>How many runs one pass claims.</summary>
    private const int RunsPerPass = 50;

    /// <summary>How long a claim on a run's delivery lasts: far longer than one run's posts take.</summary>
    private static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(2);

    /// <summary>The longest a failing run waits before its next attempt.</summary>
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    private readonly Dictionary<Guid, DateTimeOffset> lastProgress = [];
    private readonly Dictionary<Guid, int> failures = [];
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.MigrateAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Armed before the pass: progress committed while it delivers wakes the next pass.
            var progress = engine.Signals.Progress.Next;
            try
            {
                await DeliverOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A store or connector outage must not end the service; the outbox keeps what was not delivered.
                Log.PassFailed(logger, e);
            }

            try
            {
                // Woken by a commit in this process; the interval remains for runs another process moves.
                await WakeUp.WaitAsync(progress, options.DeliveryInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the outbox. Returns how many events were marked delivered.</summary>
    /// <remarks>
    /// Each run's events are claimed first, so of several instances exactly one posts them. A run whose posts
    /// fail waits out a growing backoff (1 s, 2 s, 4 s … 5 min) on its own; the other runs' cards go on.
    /// </remarks>
    public async Task<int> DeliverOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = await engine.Store.ClaimPendingAsync(owner, now, now + ClaimTime, RunsPerPass, cancellationToken);
        var delivered = 0;
        foreach (var events in pending.GroupBy(e => e.RunId))
        {
            DateTimeOffset? retryAt = null;
            try
            {
                delivered += await DeliverRunAsync(events.Key, events.ToList(), cancellationToken);
                failures.Remove(events.Key);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var failed = failures[events.Key] = failures.GetValueOrDefault(events.Key) + 1;
                retryAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failed - 1)));
                Log.DeliveryFailed(logger, events.Key, e);
                if (failed == options.UnreachableAfterFailures)
                {
                    await FlagUnreachableAsync(events.Key, failed, e);
                }
            }

            await engine.Store.ReleaseDeliveryAsync(events.Key, owner, retryAt, CancellationToken.None);
        }

        return delivered;
    }

    private async Task<int> DeliverRunAsync(Guid runId, List<ProgressEvent> events, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var chatThread = await store.GetThreadAsync(runId, cancellationToken);
        var run = await engine.Runs.ShowAsync(runId, cancellationToken);
        if (chatThread is null || run is null)
        {
            // A run from the command line has no thread; a run just requested from chat gets one in a moment.
            if (events.All(e => now - e.At >= options.UnknownRunGrace) || run is null)
            {
                Log.NoThread(logger, runId, events.Count);
                return await MarkAsync(events, now, cancellationToken);
            }

            return 0;
        }

        var count = await PostRunAsync(run, chatThread, events, now, cancellationToken);
        if (run.Run.UnreachableSince is not null)
        {
            // The posts went through: the thread is back.
            await engine.Reachability.MarkReachableAsync(runId, cancellationToken);
        }

        return count;
    }

    /// <summary>Once per streak of failures (the engine journals the flag once even across instances).</summary>
    private async Task FlagUnreachableAsync(Guid runId, int failed, Exception e)
    {
        try
        {
            if (await engine.Reachability.MarkUnreachableAsync(runId, $"{failed} posts in a row failed, the last with {e.GetType().Name}: {Cut(e.Message)}", CancellationToken.None))
            {
                Log.ThreadUnreachable(logger, runId, failed);
            }
        }
        catch (Exception flagging) when (flagging is not OperationCanceledException)
        {
            // The store is down as well: the next failure after the backoff flags it.
            failures[runId] = failed - 1;
            Log.PassFailed(logger, flagging);
        }
    }

    private static string Cut(string message) => message.Length <= 200 ? message : message[..200] + "…";

    private async Task<int> PostRunAsync(RunView run, ChatRunThread chatThread, List<ProgressEvent> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var runId = run.Run.Id;
        var conversation = chatThread.Conversation;
        var progressJustPosted = false;
        if (chatThread.ProgressMessageId is null)
        {
            var posted = await thread.PostAsync(conversation, views.Progress(run, now), cancellationToken);
            await store.SetProgressMessageAsync(runId, posted.Id, cancellationToken);
            chatThread = chatThread with { ProgressMessageId = posted.Id };
            lastProgress[runId] = now;
            progressJustPosted = true;
        }

        var count = 0;
        foreach (var e in events.Where(e => e.Kind is ProgressKind.GateOpened or ProgressKind.NeedsAttention or ProgressKind.Finished or ProgressKind.Reminder))
        {
            await PostMessageAsync(conversation, run, e, cancellationToken);
            count += await MarkAsync([e], now, cancellationToken);
        }

        await messages.SettleAsync(runId, null, cancellationToken);
        var rest = events.Where(e => e.Kind is not (ProgressKind.GateOpened or ProgressKind.NeedsAttention or ProgressKind.Finished or ProgressKind.Reminder)).ToList();
        // Coalesced: the rest stays in the outbox until the thread may be updated again. A finished run is never
        // held back: no later event would come to refresh its card, which would stay at "Running" for good.
        var final = RunLifecycle.IsFinal(run.Run.State);
        if (!progressJustPosted && !final && lastProgress.TryGetValue(runId, out var last) && now - last < options.ProgressUpdateInterval)
        {
            return count;
        }

        if (!progressJustPosted)
        {
            await thread.UpdateAsync(conversation, new ChatMessageRef(chatThread.ProgressMessageId!), views.Progress(run, now), cancellationToken);
            lastProgress[runId] = now;
        }

        if (final)
        {
            lastProgress.Remove(runId);
        }

        return count + await MarkAsync(rest, now, cancellationToken);
    }

    private async Task PostMessageAsync(ChatConversation conversation, RunView run, ProgressEvent e, CancellationToken cancellationToken)
    {
        switch (e.Kind)
        {
            case ProgressKind.GateOpened:
                var gate = run.Gates.LastOrDefault(g => g.StepIndex == e.StepIndex) ?? (run.Gates.Count > 0 ? run.Gates[^1] : null);
                if (gate is not null)
                {
                    // In the thread, and an approval also in each approver's personal chat.
                    await gateCards.PostAsync(conversation, run, gate, cancellationToken);
                }

                return;
            case ProgressKind.NeedsAttention:
                var step = e.StepIndex ?? run.Run.NextStep;
                var failurePost = await thread.PostAsync(conversation, views.Failure(run, step), cancellationToken);
                await store.SaveMessageAsync(new ChatRunMessage(run.Run.Id, ChatRunMessage.AttentionKey(step, e.Id), failurePost.Id, time.GetUtcNow()), cancellationToken);
                return;
            case ProgressKind.Reminder:
                await thread.PostAsync(conversation, views.Reminder(run, e), cancellationToken);
                return;
            default:
                await thread.PostAsync(conversation, views.Summary(run), cancellationToken);
                return;
        }
    }

    private async Task<int> MarkAsync(List<ProgressEvent> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (events.Count > 0)
        {
            await engine.Store.MarkDeliveredAsync([.. events.Select(e => e.Id)], now, cancellationToken);
        }

        return events.Count;
    }
}
