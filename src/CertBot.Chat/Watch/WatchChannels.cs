using CertBot.Chat.Storage;
using CertBot.Chat.Threads;

namespace CertBot.Chat.Watch;

/// <summary>Where the watch warns about a cluster: the channels named in configuration and those captured by <c>watch &lt;cluster&gt; here</c>.</summary>
public sealed class WatchChannels(WatchOptions options, IChatStore store, ChatThreads threads, TimeProvider time)
{
    /// <summary>Every channel of <paramref name="cluster"/>, each once.</summary>
    public async Task<IReadOnlyList<ChatConversation>> OfAsync(string cluster, CancellationToken cancellationToken)
    {
        var configured = options.For(cluster).Channels.Select(threads.Configured).OfType<ChatConversation>();
        var captured = (await store.WatchChannelsAsync(cancellationToken))
            .Where(c => string.Equals(c.Cluster, cluster, StringComparison.OrdinalIgnoreCase)).Select(c => c.Conversation);
        return [.. configured.Concat(captured).DistinctBy(c => (c.Platform, c.Key))];
    }

    /// <summary>The clusters that have a channel, in configuration or captured.</summary>
    public async Task<IReadOnlySet<string>> WatchedClustersAsync(CancellationToken cancellationToken)
    {
        var clusters = new HashSet<string>(options.Clusters.Where(c => c.Channels.Count > 0).Select(c => c.Cluster), StringComparer.OrdinalIgnoreCase);
        clusters.UnionWith((await store.WatchChannelsAsync(cancellationToken)).Select(c => c.Cluster));
        return clusters;
    }

    /// <summary>Captures the channel of the thread <paramref name="thread"/> for <paramref name="cluster"/>; returns the channel.</summary>
    public async Task<ChatConversation> CaptureAsync(string cluster, ChatConversation thread, string principal, CancellationToken cancellationToken)
    {
        var channel = threads.ChannelOf(thread);
        await store.SaveWatchChannelAsync(new WatchChannel(cluster, channel, principal, time.GetUtcNow()), cancellationToken);
        return channel;
    }
}
