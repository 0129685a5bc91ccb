using System.Globalization;
using CertBot.Chat.Inventory;
using CertBot.Chat.Requests;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Chat.Work;
using CertBot.Engine;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Handling;

/// <summary>
/// Reading a cluster's facts again on demand: <c>refresh &lt;cluster&gt;</c> and the Refresh button of an answer
/// made from cached facts (a certificates card is replaced by one from the new facts; a plan is made again and
/// posted). Each is a command that logs into nodes: who may read the cluster may ask, within the per-person limit.
/// </summary>
public sealed class FactsRefreshes(
    CertBotEngine engine,
    FactsRefresher refresher,
    CertificateInventory inventory,
    PlanActions plans,
    NodeCommandLimit limit,
    ChatThreads thread)
{
    /// <summary><c>refresh &lt;cluster&gt;</c>: the certificates card from the facts just read, or why nothing was read.</summary>
    public async Task TextAsync(ChatRequest request, string cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await RefreshAsync(request, [cluster], cancellationToken) is { } facts)
        {
            await thread.PostAsync(request.Conversation, inventory.Show(facts[0], null), cancellationToken);
        }
    }

    /// <summary>The Refresh button: on a plan card, the plan made again and posted; on a certificates card, that card anew.</summary>
    public async Task<ChatReply> ClickAsync(ChatRequest request, ChatAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        if (action.GetId(ChatVerbs.PlanKey) is not null)
        {
            if (await plans.RequestOfAsync(action, cancellationToken) is not { } procedure)
            {
                await thread.PostAsync(request.Conversation, new TextView($"{request.DisplayName}: this plan is not known any more; ask again."), cancellationToken);
            }
            else if (await RefreshAsync(request, procedure.Clusters, cancellationToken) is not null)
            {
                await plans.ShowAsync(request, procedure, null, cancellationToken);
            }

            return ChatReply.None;
        }

        if (action.Get(ChatVerbs.ClusterKey) is not { } cluster)
        {
            return ChatReply.None;
        }

        var days = int.TryParse(action.Get(ChatVerbs.DaysKey), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : (int?)null;
        return await RefreshAsync(request, [cluster], cancellationToken) is { } facts ? new ChatReply(inventory.Show(facts[0], days)) : ChatReply.None;
    }

    /// <summary>Reads every cluster again; null after posting why not (not allowed, over the limit, a run holds it).</summary>
    private async Task<IReadOnlyList<ClusterFacts>?> RefreshAsync(ChatRequest request, IReadOnlyList<string> clusters, CancellationToken cancellationToken)
    {
        var refusal = !Principal.TryParse(request.Principal, out var who) ? Principal.NotAPrincipal(request.Principal)
            : engine.Policy.RefuseReader(clusters, who) ?? limit.Refuse(request.Principal);
        if (refusal is not null)
        {
            await thread.PostAsync(request.Conversation, new TextView($"⛔ {request.DisplayName}: {refusal}. Nothing was read."), cancellationToken);
            return null;
        }

        var read = new List<ClusterFacts>();
        foreach (var cluster in clusters)
        {
            var refresh = await refresher.RefreshAsync(cluster, cancellationToken);
            if (refresh.Facts is null)
            {
                await thread.PostAsync(request.Conversation, new TextView($"{cluster} was not read again: {refresh.Skipped}."), cancellationToken);
                return null;
            }

            read.Add(refresh.Facts);
        }

        return read;
    }
}
