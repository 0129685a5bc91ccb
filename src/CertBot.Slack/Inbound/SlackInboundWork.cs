using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CertBot.Slack.Inbound;

/// <summary>
/// Slack waits three seconds for an answer, planning reads nodes over SSH for longer: the endpoints acknowledge at
/// once and leave the work here. A few workers take it in order of arrival; stopping the host cancels what runs.
/// </summary>
public sealed class SlackInboundWork(IOptions<SlackOptions> options, ILogger<SlackInboundWork> logger) : BackgroundService
{
    private const int Capacity = 256;

    private readonly Channel<SlackWorkItem> queue = Channel.CreateBounded<SlackWorkItem>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues work; false when the queue is full (the request is refused rather than silently dropped).</summary>
    internal bool TryEnqueue(SlackWorkItem item)
    {
        var queued = queue.Writer.TryWrite(item);
        if (!queued)
        {
            Log.QueueFull(logger, item.Kind, item.Principal);
        }

        return queued;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Said once at start: otherwise a missing secret only shows as Slack's "dispatch_failed" in the workspace.
        if (string.IsNullOrEmpty(options.Value.SigningSecret))
        {
            Log.NotConfigured(logger, "a signing secret", "every Slack request is refused with 401; set Slack__SigningSecret or SLACK_SIGNING_SECRET");
        }

        if (string.IsNullOrEmpty(options.Value.BotToken))
        {
            Log.NotConfigured(logger, "a bot token", "nothing can be posted to Slack; set Slack__BotToken or SLACK_BOT_TOKEN");
        }

        return Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => WorkAsync(stoppingToken)));
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await item.Work(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // One failed request must not stop the others; what failed is in the log with who asked.
                    Log.WorkFailed(logger, item.Kind, item.Principal, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
