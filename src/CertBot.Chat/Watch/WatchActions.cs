using System.Globalization;
using CertBot.Chat.Handling;
using CertBot.Chat.Requests;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Chat.Work;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Expiry;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Watch;

/// <summary>
/// What people do with the watch: <c>watch &lt;cluster&gt; here</c> captures the channel, and an expiry card's
/// button plans the remedy exactly as the typed command would (the plan card follows in the card's thread; the
/// same reading rights and per-person limit; nothing runs before an approval).
/// </summary>
public sealed class WatchActions(
    CertBotEngine engine,
    EngineOptions clusters,
    WatchOptions options,
    WatchChannels channels,
    PlanActions plans,
    ChatThreads thread,
    NodeCommandLimit limit,
    People people)
{
    /// <summary>The remedy each button stands for.</summary>
    private static readonly Dictionary<string, ExpiryRemedy> Remedies = new(StringComparer.Ordinal)
    {
        [ChatVerbs.PlanRegeneration] = ExpiryRemedy.Regeneration,
        [ChatVerbs.PlanRenewal] = ExpiryRemedy.Renewal,
        [ChatVerbs.PlanPurge] = ExpiryRemedy.Purge,
    };

    public static bool IsWatchVerb(string verb) => Remedies.ContainsKey(verb);

    /// <summary><c>watch &lt;cluster&gt; here</c>: the channel of this thread is warned from now on.</summary>
    public async Task HereAsync(ChatRequest request, string cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await channels.CaptureAsync(cluster, request.Conversation, request.Principal, cancellationToken);
        var settings = options.For(cluster);
        var quiet = settings.QuietHours is { } q ? string.Create(CultureInfo.InvariantCulture, $", never between {q.Start:HH\\:mm} and {q.End:HH\\:mm}") : "";
        var digest = options.WeeklyDigest ? $" and every {options.DigestDay} a digest of everything within {settings.EffectiveThresholds.Max()} days" : "";
        await thread.PostAsync(request.Conversation, new TextView(
            $"👀 {request.DisplayName}: I will warn in this channel before certificates of `{cluster}` expire: at {string.Join(", ", settings.EffectiveThresholds)} days left " +
            $"and when they expire ({(settings.IncludeTrust ? "identity and trust certificates" : "identity certificates only")}){quiet}, each certificate once per threshold{digest}."), cancellationToken);
    }

    /// <summary>Plan regeneration / renewal / purge on an expiry card. The card stays as it is.</summary>
    public async Task<ChatReply> PlanAsync(ChatRequest request, ChatAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        var cluster = action.Get(ChatVerbs.ClusterKey) is { } named ? clusters.FindCluster(named)?.Name : null;
        var unit = action.Get(ChatVerbs.UnitKey) is { } word ? UnitCatalog.Find(word) : null;
        if (cluster is null || !Remedies.TryGetValue(action.Verb, out var remedy) || ExpiryScan.RequestFor(cluster, remedy, unit) is not { } procedure)
        {
            await thread.PostAsync(request.Conversation, new TextView($"{request.DisplayName}: this button names no cluster and unit I know; nothing was read or changed."), cancellationToken);
            return ChatReply.None;
        }

        var refusal = !Principal.TryParse(request.Principal, out var who) ? Principal.NotAPrincipal(request.Principal) : engine.Policy.RefuseReader([cluster], who);
        if (refusal is not null)
        {
            await thread.PostAsync(request.Conversation, new TextView($"⛔ {request.DisplayName}: {people.Humanize(refusal)}. Nothing was read or changed."), cancellationToken);
            return ChatReply.None;
        }

        if (limit.Refuse(request.Principal) is { } wait)
        {
            await thread.PostAsync(request.Conversation, new TextView($"⏳ {request.DisplayName}: {wait}. Nothing was read."), cancellationToken);
            return ChatReply.None;
        }

        await plans.ShowAsync(request, procedure, "planned from the expiry watch's card", cancellationToken);
        return ChatReply.None;
    }
}
