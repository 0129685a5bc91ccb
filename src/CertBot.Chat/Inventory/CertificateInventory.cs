using CertBot.Chat.Views;
using CertBot.Engine.Configuration;
using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Model;

namespace CertBot.Chat.Inventory;

/// <summary>
/// The chat's <c>certs</c>: one cluster's inventory (P0) from the facts cache when its facts are younger than
/// <c>CertBot:Facts:MaxAge</c>, else read now through the <see cref="FactsRefresher"/> (which keeps them for the
/// next answer) or, while a run holds the cluster, live through the <see cref="InventoryReader"/> as before the
/// cache; filtered and mapped to an <see cref="InventoryView"/>: certificates with days left, every node that could
/// not be read named with why, and how old the facts are with a Refresh button. Reading the nodes is the
/// engine's; this class only chooses what to show.
/// </summary>
public sealed class CertificateInventory(EngineOptions options, InventoryReader reader, IFactsCache cache, FactsRefresher refresher, TimeProvider time, ChatOptions chat)
{
    /// <summary>The inventory as a card shows it: at most <see cref="ChatOptions.MaxInventoryRows"/> rows, the soonest to expire.</summary>
    public async Task<InventoryView> ReadAsync(string clusterName, int? expiringWithinDays, CancellationToken cancellationToken) =>
        Shown(await ReadAllAsync(clusterName, expiringWithinDays, cancellationToken));

    /// <summary>The card of facts just read (<c>refresh</c>), as <see cref="ReadAsync"/> shows them.</summary>
    public InventoryView Show(ClusterFacts facts, int? expiringWithinDays)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Shown(View(facts.Cluster, facts.Nodes, facts.ReadAt, expiringWithinDays));
    }

    private InventoryView Shown(InventoryView all)
    {
        var rows = all.Rows.ToList();
        // Expired and soonest first across nodes when rows must be left out, so what matters is what is shown.
        var shown = rows.Count <= chat.MaxInventoryRows ? rows
            : rows.OrderBy(r => r.DaysLeft).Take(chat.MaxInventoryRows).OrderBy(r => rows.IndexOf(r)).ToList();
        return all with { Rows = shown, NotShown = rows.Count - shown.Count, Actions = shown.Count == rows.Count ? [Refresh(all)] : [ShowAll(all), Refresh(all)] };
    }

    /// <summary>Every row, for the "Show all" that posts them in pieces.</summary>
    public async Task<InventoryView> ReadAllAsync(string clusterName, int? expiringWithinDays, CancellationToken cancellationToken)
    {
        var cluster = options.FindCluster(clusterName) ?? throw new ArgumentException($"no cluster {clusterName}", nameof(clusterName));
        if (await cache.GetAsync(cluster.Name, cancellationToken) is { } cached && cached.Age(time.GetUtcNow()) <= refresher.Options.MaxAge)
        {
            return View(cluster.Name, cached.Nodes, cached.ReadAt, expiringWithinDays);
        }

        if ((await refresher.RefreshAsync(cluster.Name, cancellationToken)).Facts is { } read)
        {
            return View(cluster.Name, read.Nodes, read.ReadAt, expiringWithinDays);
        }

        // A run holds the cluster (or another instance is reading it): read it live, as before the cache.
        var readAt = time.GetUtcNow();
        var nodes = cluster.Nodes.Select(n => new NodeRef(cluster.Name, n.Name, n.Product, n.Role));
        var live = await reader.ReadAsync(nodes, nodeDone: null, cancellationToken);
        return View(cluster.Name, live.SelectMany(c => c.Nodes), readAt, expiringWithinDays);
    }

    private InventoryView View(string cluster, IEnumerable<NodeInventory> nodes, DateTimeOffset readAt, int? expiringWithinDays)
    {
        var now = time.GetUtcNow();
        var rows = new List<InventoryRow>();
        var errors = new List<string>();
        foreach (var node in nodes)
        {
            if (node.Error is not null)
            {
                errors.Add($"{node.Node.Name}: {node.Error}");
            }

            rows.AddRange(node.Certificates.Where(c => Wanted(c, now, expiringWithinDays))
                .OrderBy(c => c.IsIdentity ? 0 : 1).ThenBy(c => c.NotAfter)
                .Select(c => new InventoryRow(node.Node.Name, c.Store, c.Unit, c.File, c.NotAfter, c.DaysLeft(now), c.IsExpired(now))));
        }

        return new InventoryView(cluster, readAt, expiringWithinDays, rows, 0, rows.Count(r => r.Expired), ViewLimits.Lines(errors, "nodes not read"),
            AsOf: FactsAge.Describe(readAt, now));
    }

    private static Dictionary<string, string> Data(InventoryView view)
    {
        var data = new Dictionary<string, string> { [ChatVerbs.ClusterKey] = view.Cluster };
        if (view.ExpiringWithinDays is { } days)
        {
            data[ChatVerbs.DaysKey] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return data;
    }

    private static ViewAction Refresh(InventoryView view) => FactsAge.RefreshAction(Data(view));

    private static ViewAction ShowAll(InventoryView view) => new($"Show all {view.Rows.Count}", ChatVerbs.ShowAll, Data(view));

    private bool Wanted(CertificateInfo certificate, DateTimeOffset now, int? expiringWithinDays) => expiringWithinDays is { } days
        ? certificate.DaysLeft(now) <= days
        : certificate.IsIdentity || certificate.DaysLeft(now) <= chat.TrustHorizonDays;
}
