using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CertBot.Chat.Work;

/// <summary>
/// The one queue of work both fronts do after acknowledging a request: Teams and Slack answer their platform
/// within seconds, and planning reads nodes over SSH for longer. Bounded (<see cref="ChatOptions.WorkQueueCapacity"/>)
/// and worked by a few workers (<see cref="ChatOptions.Workers"/>) in order of arrival, so a burst cannot start
/// unbounded work; a full queue refuses instead of dropping, and the front tells the person to try again.
/// Stopping the host cancels what runs and abandons what waits.
/// </summary>
public sealed class ChatBackgroundWork : BackgroundService
{
    /// <summary>What a front answers when <see cref="TryEnqueue"/> refused.</summary>
    public const string BusyText = "I am busy right now and did not take that on; please try again in a minute.";

    private readonly Channel<Entry> queue;
    private readonly int workers;
    private readonly ILogger<ChatBackgroundWork> logger;
    private readonly Lock gate = new();
    private readonly HashSet<Task> pending = [];

    /// <summary>Busy notices on their way at most: a flood of refused messages must not become a flood of posts.</summary>
    private readonly SemaphoreSlim notices = new(BusyNoticeLane);

    /// <summary>How many busy notices may be on their way at once.</summary>
    public const int BusyNoticeLane = 8;

    public ChatBackgroundWork(ChatOptions options, ILogger<ChatBackgroundWork> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        queue = Channel.CreateBounded<Entry>(new BoundedChannelOptions(Math.Max(1, options.WorkQueueCapacity)) { FullMode = BoundedChannelFullMode.Wait });
        workers = Math.Max(1, options.Workers);
        this.logger = logger;
    }

    /// <summary>
    /// Queues <paramref name="work"/>. False when the queue is full: the work will not run, and the caller must say
    /// so to the person (<see cref="BusyText"/>), because nothing else will.
    /// </summary>
    public bool TryEnqueue(ChatWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var entry = new Entry(work, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool queued;
        lock (gate)
        {
            queued = queue.Writer.TryWrite(entry);
            if (queued)
            {
                pending.Add(entry.Done.Task);
            }
        }

        if (!queued)
        {
            // Logged outside the lock: every acknowledgement passes through it, and a logger that is behind (the
            // console's queue full in a flood) must hold back this refused request only, not every other one.
            Log.QueueFull(logger, work.Kind, work.Principal);
        }

        return queued;
    }

    /// <summary>Completes when every piece of work queued so far has ended (tests, and a front waiting before it stops).</summary>
    public Task IdleAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(pending.ToList());
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync(stoppingToken)));

        // What still waits will never run: end it so nobody waits on it for ever.
        while (queue.Reader.TryRead(out var abandoned))
        {
            Finish(abandoned);
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var entry in queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    // The reader hands out what is already queued even after the stop: that work is abandoned, not run.
                    Finish(entry);
                    break;
                }

                try
                {
                    await entry.Work.Run(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    // The host is stopping: the work was cancelled with it.
                }
                catch (Exception e)
                {
                    // One failed request must not stop the others; what failed is in the log with who asked.
                    Log.WorkFailed(logger, entry.Work.Kind, entry.Work.Principal, e);
                }
                finally
                {
                    Finish(entry);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>
    /// Tells a person whose message the full queue refused that CertBot is busy, without holding the platform's
    /// acknowledgement: the notice goes out on its own small lane (<see cref="BusyNoticeLane"/>) after the answer.
    /// Posting it before the answer made every refused message wait for a connector round trip, exactly when the
    /// host is overloaded. When that lane is full, the notice waits for it: every message is answered.
    /// </summary>
    public void NotifyBusy(string principal, Func<CancellationToken, Task> notice)
    {
        ArgumentNullException.ThrowIfNull(notice);

        // Every message is answered, even in a flood: the notice waits its turn after the 200 (at most a few are
        // posted at once), it is never dropped.
        var sent = Task.Run(async () =>
        {
            await notices.WaitAsync();
            try
            {
                await notice(CancellationToken.None);
            }
            catch (Exception e)
            {
                Log.WorkFailed(logger, "busy notice", principal, e);
            }
            finally
            {
                notices.Release();
            }
        });
        lock (gate)
        {
            pending.Add(sent);
        }

        sent.ContinueWith(t =>
        {
            lock (gate)
            {
                pending.Remove(t);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void Finish(Entry entry)
    {
        lock (gate)
        {
            pending.Remove(entry.Done.Task);
        }

        entry.Done.TrySetResult();
    }

    private sealed record Entry(ChatWork Work, TaskCompletionSource Done);
}
