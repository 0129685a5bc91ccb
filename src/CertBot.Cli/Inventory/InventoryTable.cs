using System.Globalization;
using CertBot.Engine.Inventory;
using CertBot.Engine.Model;

namespace CertBot.Cli.Inventory;

/// <summary>
/// The readable inventory: per node its identity certificates (type, expiry), the expired trust
/// certificates, and the activated services that are not started — what P0 asks an operator to look at.
/// </summary>
public static class InventoryTable
{
    public static void Write(TextWriter output, IReadOnlyList<ClusterInventory> clusters, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(clusters);
        foreach (var cluster in clusters)
        {
            output.WriteLine($"Cluster {cluster.Name}");
            foreach (var node in cluster.Nodes)
            {
                WriteNode(output, node, now);
            }

            output.WriteLine();
        }
    }

    /// <summary>One progress line as a node finishes.</summary>
    public static string Progress(NodeInventory node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var seconds = node.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
        return node.Error is null
            ? $"  {node.Node,-24} done in {seconds} s ({node.Certificates.Count} certificates, {node.Services.Count} services)"
            : $"  {node.Node,-24} FAILED after {seconds} s: {FirstLine(node.Error)}";
    }

    private static void WriteNode(TextWriter output, NodeInventory node, DateTimeOffset now)
    {
        var kind = $"{node.Node.Product.ToString().ToUpperInvariant()} {node.Node.Role.ToString().ToLowerInvariant()}";
        output.WriteLine($"  {node.Node.Name}  ({kind}, version {node.Version ?? "?"})");
        if (node.Error is not null)
        {
            output.WriteLine($"    ERROR: {node.Error}");
        }

        var identities = node.Certificates.Where(c => c.IsIdentity).ToList();
        foreach (var c in identities)
        {
            output.WriteLine($"    own    {c.Unit,-22} {(c.SelfSigned ? "self-signed" : "CA-signed"),-12} expires {c.NotAfter:yyyy-MM-dd}  {Days(c, now),-16} serial {c.Serial}");
        }

        var trust = node.Certificates.Where(c => !c.IsIdentity).ToList();
        var expired = trust.Where(c => c.IsExpired(now)).ToList();
        if (node.Reachable)
        {
            output.WriteLine($"    trust  {trust.Count} certificates, {expired.Count} expired");
        }

        foreach (var c in expired)
        {
            output.WriteLine($"    trust  {c.Store}/{c.File}  expired {c.NotAfter:yyyy-MM-dd} ({-c.DaysLeft(now)} days ago)");
        }

        var down = node.Services.Where(s => s.Activated && s.State != ServiceState.Started).ToList();
        if (node.Services.Count > 0)
        {
            output.WriteLine($"    services  {node.Services.Count(s => s.State == ServiceState.Started)} started, {down.Count} activated but not started");
        }

        foreach (var s in down)
        {
            output.WriteLine($"    service   {s.Name} [{s.State.ToString().ToUpperInvariant()}]{(s.Reason is null ? "" : "  " + s.Reason)}");
        }
    }

    private static string Days(CertificateInfo c, DateTimeOffset now)
    {
        var days = c.DaysLeft(now);
        return days < 0 ? $"EXPIRED {-days} d ago" : $"{days} days left";
    }

    private static string FirstLine(string text) => text.Split('\n')[0];
}
