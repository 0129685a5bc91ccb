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
/// (<c>show &lt;run&gt;</c>), an inventory's every row (button on the inventory card). Reads only.
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

    /// <summary>The "Show all" button of a plan or an inventory card.</summary>
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
            // The button reads the cluster's nodes again: the same people may press it as may type certs there.
            var refused = Principal.TryParse(request.Principal, out var who) ? engine.Policy.RefuseReader([cluster], who) : Principal.NotAPrincipal(request.Principal);
            if (refused is not null)
            {
                await thread.PostAsync(request.Conversation, new TextView($"⛔ {request.DisplayName}: {refused}. Nothing was read."), cancellationToken);
                return;
            }

            int? days = int.TryParse(action.Get(ChatVerbs.DaysKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : null;
            var all = await inventory.ReadAllAsync(cluster, days, cancellationToken);
            await PostAsync(request, TextPieces.Of($"Certificates of {all.Cluster}: all {all.Rows.Count}", all.Rows.Select(InventoryRow.Line)), cancellationToken);
            return;
        }

        await thread.PostAsync(request.Conversation, new TextView("That list is gone (the plan was closed long ago or the button is not one I know); nothing to show."), cancellationToken);
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
