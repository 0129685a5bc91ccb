using System.Globalization;
using CertBot.Chat.Inventory;
using CertBot.Chat.Requests;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Planning;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Chat.Handling;

/// <summary>
/// The follow-up of a shortened card (<see cref="ViewLimits"/>): the whole list posted in the thread in pieces that
/// each fit the platform's limits. A plan's steps (button on the plan card), a run's steps and journal
/// (<c>show &lt;run&gt;</c>), and a node's every certificate (<c>show all for &lt;node&gt;</c>, the All certificates button
/// of a node on the inventory card), as cards of its own. Reads only.
/// </summary>
public sealed class ShowAll(CertBotEngine engine, IChatStore store, CertificateInventory inventory, ChatThreads thread, RunViews views)
{
    /// <summary><c>show &lt;run&gt;</c>.</summary>
    public async Task RunAsync(ChatRequest request, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (id, problem) = await TypedRunId.ResolveAsync(engine.Store, typed, cancellationToken);
        if (id is null || await engine.Runs.ShowAsync(id.Value, cancellationToken) is not { } run)
        {
            await thread.PostAsync(request.Conversation, new TextView(problem ?? $"No run {typed}."), cancellationToken);
            return;
        }

        await PostAsync(request, TextPieces.Of($"{RunViews.Title(run.Run)}: every step and the journal", views.AllLines(run)), cancellationToken);
    }

    /// <summary>
    /// <c>show all for &lt;node&gt;</c> and the node's All certificates button: the node's every certificate, in as many
    /// cards as it takes. Whoever may type <c>certs</c> on the cluster may ask.
    /// </summary>
    public async Task NodeAsync(ChatRequest request, string cluster, string node, int? expiringWithinDays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refused(request, cluster) is { } refused)
        {
            await thread.PostAsync(request.Conversation, refused, cancellationToken);
            return;
        }

        foreach (var page in await inventory.ReadNodeAsync(cluster, node, expiringWithinDays, cancellationToken))
        {
            await thread.PostAsync(request.Conversation, page, cancellationToken);
        }
    }

    /// <summary>The "Show all" button of a plan card, and the All certificates button of a node on an inventory card.</summary>
    public async Task ClickAsync(ChatRequest request, ChatAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        if (action.GetId(ChatVerbs.PlanKey) is { } planId && await store.GetPlanAsync(planId, cancellationToken) is { } pending)
        {
            var plan = EngineJson.Deserialize<Plan>(pending.PlanJson);
            await PostAsync(request, TextPieces.Of($"{PlanViews.Describe(plan)}: every step of plan {plan.ShortHash}", PlanViews.StepLines(plan)), cancellationToken);
            return;
        }

        if (action.Get(ChatVerbs.ClusterKey) is { } cluster)
        {
            int? days = int.TryParse(action.Get(ChatVerbs.DaysKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : null;
            if (action.Get(ChatVerbs.NodeKey) is { } node)
            {
                await NodeAsync(request, cluster, node, days, cancellationToken);
            }
            else if (Refused(request, cluster) is { } refused)
            {
                await thread.PostAsync(request.Conversation, refused, cancellationToken);
            }
            else
            {
                // A cluster's Show all of the cards posted before the compact inventory: that inventory is its answer now.
                await thread.PostAsync(request.Conversation, await inventory.ReadAsync(cluster, days, cancellationToken), cancellationToken);
            }

            return;
        }

        await thread.PostAsync(request.Conversation, new TextView("That list is gone (the plan was closed long ago or the button is not one I know); nothing to show."), cancellationToken);
    }

    /// <summary>The buttons read the cluster's nodes (from facts, or live): the same people may press them as may type certs there.</summary>
    private TextView? Refused(ChatRequest request, string cluster)
    {
        var refused = Principal.TryParse(request.Principal, out var who) ? engine.Policy.RefuseReader([cluster], who) : Principal.NotAPrincipal(request.Principal);
        return refused is null ? null : new TextView($"⛔ {request.DisplayName}: {refused}. Nothing was read.");
    }

    private async Task PostAsync(ChatRequest request, IReadOnlyList<TextView> pieces, CancellationToken cancellationToken)
    {
        // One after the other, so the pieces read in order in the thread.
        foreach (var piece in pieces)
        {
            await thread.PostAsync(request.Conversation, piece, cancellationToken);
        }
    }
}
