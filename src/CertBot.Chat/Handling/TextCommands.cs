using System.Globalization;
using System.Text;
using CertBot.Chat.Grammar;
using CertBot.Chat.Grammar.Commands;
using CertBot.Chat.Inventory;
using CertBot.Chat.Requests;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Chat.Work;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Handling;

/// <summary>What each typed command does. Procedures are planned (read-only) and shown; nothing runs before an approval.</summary>
public sealed class TextCommands(
    CertBotEngine engine,
    EngineOptions options,
    CertificateInventory inventory,
    ChatThreads thread,
    RunDecisions decisions,
    PlanActions plans,
    RunViews views,
    People people,
    ShowAll showAll,
    SignedCertificates certificates,
    NodeCommandLimit limit,
    Watch.WatchActions watch,
    FactsRefreshes refreshes,
    TimeProvider time)
{
    public async Task HandleAsync(ChatRequest request, ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refusal(request, command) is { } refusal)
        {
            await Post(request, new TextView($"⛔ {request.DisplayName}: {people.Humanize(refusal)}. Nothing was read or changed."), cancellationToken);
            return;
        }

        if (command is ListCertificatesCommand or ShowNodeCertificatesCommand or CheckIpsecCommand or RegenerateCommand or RenewCommand or PurgeExpiredTrustCommand or ExchangeCertificatesCommand
            && limit.Refuse(request.Principal) is { } wait)
        {
            await Post(request, new TextView($"⏳ {request.DisplayName}: {wait}. Nothing was read."), cancellationToken);
            return;
        }

        await HandleAllowedAsync(request, command, cancellationToken);
    }

    /// <summary>
    /// The read-only commands on a cluster with requesters are theirs and its approvers' (unless the cluster is
    /// read-only for everyone); runs are listed to whoever may read some cluster. Requests are checked by the engine.
    /// </summary>
    private string? Refusal(ChatRequest request, ChatCommand command)
    {
        if (!Principal.TryParse(request.Principal, out var who))
        {
            return Principal.NotAPrincipal(request.Principal);
        }

        IReadOnlyList<string>? clusters = command switch
        {
            ListCertificatesCommand c => [c.Cluster],
            ShowNodeCertificatesCommand c => [c.Cluster],
            CheckIpsecCommand c => [c.Cluster],
            RegenerateCommand c => [c.Cluster],
            RenewCommand c => [c.Cluster],
            PurgeExpiredTrustCommand c => [c.Cluster],
            ExchangeCertificatesCommand c => [c.Source, c.Destination],
            WatchCommand c => [c.Cluster],
            _ => null,
        };
        if (clusters is not null)
        {
            // A cluster without approvers is read-only: what would change it is refused before any node is read.
            var changes = command is RegenerateCommand or RenewCommand or PurgeExpiredTrustCommand or ExchangeCertificatesCommand;
            return (changes ? engine.Policy.RefuseChange(clusters) : null) ?? engine.Policy.RefuseReader(clusters, who);
        }

        var everyCluster = options.Clusters.Select(c => c.Name).ToList();
        return command is ListRunsCommand or RunStatusCommand or ShowRunCommand && everyCluster.Count > 0
            && everyCluster.All(c => engine.Policy.RefuseReader([c], who) is not null)
            ? engine.Policy.RefuseReader(everyCluster, who)
            : null;
    }

    private Task HandleAllowedAsync(ChatRequest request, ChatCommand command, CancellationToken cancellationToken) => command switch
    {
        HelpCommand => Post(request, Help(), cancellationToken),
        ListClustersCommand => Post(request, Clusters(), cancellationToken),
        ListCertificatesCommand c => CertificatesAsync(request, c, cancellationToken),
        ShowNodeCertificatesCommand c => showAll.NodeAsync(request, c.Cluster, c.Node, c.ExpiringWithinDays, cancellationToken),
        CheckIpsecCommand c => PlanAsync(request, ProcedureRequest.VerifyIpsec(c.Cluster), null, cancellationToken),
        RegenerateCommand c => PlanAsync(request, ProcedureRequest.Regenerate(c.Cluster, c.Unit, c.Mixed), ProductNote(c), cancellationToken),
        RenewCommand c => PlanAsync(request, ProcedureRequest.Renew(c.Cluster, c.Unit, c.MultiServer), null, cancellationToken),
        ProvideCertificateCommand c => certificates.ProvideAsync(request, c, cancellationToken),
        PurgeExpiredTrustCommand c => PlanAsync(request, ProcedureRequest.PurgeTrust(c.Cluster), null, cancellationToken),
        ExchangeCertificatesCommand c => PlanAsync(request, ProcedureRequest.Exchange(c.Source, c.Destination), null, cancellationToken),
        RunStatusCommand c => StatusAsync(request, c.RunId, cancellationToken),
        ShowRunCommand c => showAll.RunAsync(request, c.RunId, cancellationToken),
        ListRunsCommand => RunsAsync(request, cancellationToken),
        RefreshFactsCommand c => refreshes.TextAsync(request, c.Cluster, cancellationToken),
        CancelRunCommand c => decisions.TextAsync(request, c.RunId, RunAction.Cancel, null, cancellationToken),
        WatchCommand c => watch.HereAsync(request, c.Cluster, cancellationToken),
        DecideRunCommand c => decisions.TextAsync(request, c.RunId, c.Decision == RunDecision.Approve ? RunAction.Approve : RunAction.Reject, c.Comment, cancellationToken),
        _ => Post(request, new TextView("I understood the command but cannot do it yet. " + CommandUsage.Summary), cancellationToken),
    };

    private Task PlanAsync(ChatRequest request, ProcedureRequest procedure, string? note, CancellationToken cancellationToken) =>
        plans.ShowAsync(request, procedure, note, cancellationToken);

    /// <summary>The engine regenerates a unit on every product that has it; say so when the user named one product.</summary>
    private static string? ProductNote(RegenerateCommand command) =>
        command.Product is { } product && command.Unit.RegenerableOn.Count > 1
            ? $"you named {ProductWords.Describe(product)}: CertBot regenerates {command.Unit.Name} on every node of the cluster that has it"
            : null;

    private async Task CertificatesAsync(ChatRequest request, ListCertificatesCommand command, CancellationToken cancellationToken) =>
        await Post(request, await inventory.ReadAsync(command.Cluster, command.ExpiringWithinDays, cancellationToken), cancellationToken);

    private async Task StatusAsync(ChatRequest request, string? typed, CancellationToken cancellationToken)
    {
        if (typed is null)
        {
            var active = await engine.Runs.ListAsync([RunState.AwaitingApproval, RunState.Running, RunState.Paused, RunState.Interrupted], 20, cancellationToken);
            await Post(request, new TextView(active.Count == 0 ? "No run is active. `runs` lists the recent ones." : "Active runs:\n" + Lines(active)), cancellationToken);
            return;
        }

        var (id, problem) = await TypedRunId.ResolveAsync(engine.Store, typed, cancellationToken);
        if (id is null)
        {
            await Post(request, new TextView(problem!), cancellationToken);
            return;
        }

        var view = await engine.Runs.ShowAsync(id.Value, cancellationToken);
        await Post(request, view is null ? new TextView($"No run {typed}.") : views.Progress(view, time.GetUtcNow()), cancellationToken);
    }

    private async Task RunsAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var recent = await engine.Runs.ListAsync([], 15, cancellationToken);
        await Post(request, new TextView(recent.Count == 0 ? "No run yet." : "Recent runs (newest first):\n" + Lines(recent)), cancellationToken);
    }

    private static string Lines(IEnumerable<Run> runs) => string.Join("\n", runs.Select(r =>
        string.Create(CultureInfo.InvariantCulture, $"- `{RunViews.ShortId(r.Id)}` {PlanViews.Describe(r.Plan)}: **{r.State}** (since {TimeWords.AtUtc(r.UpdatedAt)})")));

    private static TextView Help()
    {
        var text = new StringBuilder("I plan and run certificate procedures on the configured clusters. Nothing changes before an approver approves.\n");
        foreach (var usage in CommandUsage.All)
        {
            text.Append("- ").Append(usage).Append('\n');
        }

        return new TextView(text.ToString().TrimEnd());
    }

    private TextView Clusters() => new(options.Clusters.Count == 0
        ? "No cluster is configured (CertBot:Clusters)."
        : "Configured clusters:\n" + string.Join("\n", options.Clusters.Select(c =>
            $"- `{c.Name}`: {string.Join(", ", c.Nodes.Select(n => n.Name))}; {(c.Approvers.Count == 0 ? "read-only (no approver)" : $"{c.Approvers.Count} approver(s)")}; {MaintenanceWindows.Describe(c)}")));

    private async Task Post(ChatRequest request, ChatView view, CancellationToken cancellationToken) =>
        await thread.PostAsync(request.Conversation, view, cancellationToken);
}
