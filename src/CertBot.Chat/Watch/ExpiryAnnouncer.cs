using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine.Configuration;
using CertBot.Engine.Expiry;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace CertBot.Chat.Watch;

/// <summary>
/// One look at one watched cluster: read its certificates (from the facts cache when fresh, else live:
/// <see cref="FreshFacts"/>), and for every certificate that crossed a threshold not
/// yet announced, claim the announcement in the engine's store (so of several instances one posts it, and a
/// restart does not post it again) and post one card per threshold in each of the cluster's channels; the week's
/// digest likewise. In quiet hours nothing is read or posted: what comes up then is posted when they end.
/// </summary>
public sealed class ExpiryAnnouncer(
    WatchOptions options,
    WatchChannels channels,
    FreshFacts facts,
    IAnnouncementStore announcements,
    ChatThreads threads,
    TimeProvider time,
    ILogger<ExpiryAnnouncer> logger)
{
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Looks at <paramref name="cluster"/> once; returns when its quiet hours end when they hold the post back, else null.</summary>
    public async Task<DateTimeOffset?> LookAsync(ClusterOptions cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var settings = options.For(cluster.Name);
        var targets = await channels.OfAsync(cluster.Name, cancellationToken);
        if (targets.Count == 0)
        {
            return null;
        }

        if (settings.QuietHours?.EndOfQuiet(time.GetUtcNow(), cluster.TimeZone) is { } quietEnds)
        {
            Log.WatchQuiet(logger, cluster.Name, quietEnds);
            return quietEnds;
        }

        var nodes = (await facts.ReadAsync(cluster, cancellationToken)).Facts.Nodes;
        foreach (var failed in nodes.Where(n => n.Error is not null))
        {
            Log.WatchNodeNotRead(logger, failed.Node.ToString(), failed.Error!);
        }

        var now = time.GetUtcNow();
        var banded = ExpiryScan.Banded(nodes, settings.EffectiveThresholds, settings.IncludeTrust, now);
        // The most urgent first, so the card that matters most is on top of the channel last.
        foreach (var band in banded.GroupBy(b => b.Band).OrderByDescending(g => g.Key))
        {
            var claimed = new List<(string Key, ExpiringCertificate Certificate)>();
            foreach (var (certificate, _) in band)
            {
                var key = $"{certificate.Key}@{band.Key}";
                if (await announcements.TryClaimAnnouncementAsync(key, owner, now, options.ClaimStaleAfter, cancellationToken))
                {
                    claimed.Add((key, certificate));
                }
            }

            await AnnounceAsync(cluster.Name, targets, [.. claimed.Select(c => c.Key)], ExpiryViews.Of(cluster.Name, band.Key, [.. claimed.Select(c => c.Certificate)], now), cancellationToken);
        }

        if (banded.Count > 0 && DigestSchedule.DueKey(options, cluster.Name, cluster.TimeZone, now) is { } digest
            && await announcements.TryClaimAnnouncementAsync(digest, owner, now, options.ClaimStaleAfter, cancellationToken))
        {
            await AnnounceAsync(cluster.Name, targets, [digest], ExpiryViews.Of(cluster.Name, null, [.. banded.Select(b => b.Certificate)], now), cancellationToken);
        }

        return null;
    }

    /// <summary>Posts in every channel; marks the keys announced once any channel has it, or gives them back when none took it.</summary>
    private async Task AnnounceAsync(string cluster, IReadOnlyList<ChatConversation> targets, IReadOnlyList<string> keys, ExpiryView view, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var posted = 0;
        foreach (var target in targets)
        {
            try
            {
                await threads.PostAsync(target, view, cancellationToken);
                posted++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.WatchPostFailed(logger, cluster, target.Key, e);
            }
        }

        foreach (var key in keys)
        {
            await (posted > 0
                ? announcements.MarkAnnouncedAsync(key, owner, time.GetUtcNow(), cancellationToken)
                : announcements.ReleaseAnnouncementAsync(key, owner, cancellationToken));
        }

        Log.WatchAnnounced(logger, cluster, view.Band, keys.Count, posted);
    }
}
