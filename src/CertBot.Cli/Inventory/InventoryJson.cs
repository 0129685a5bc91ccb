using CertBot.Cli.Output;
using CertBot.Engine.Inventory;
using CertBot.Engine.Model;

namespace CertBot.Cli.Inventory;

/// <summary>
/// The <c>inventory --json</c> document:
/// <c>{"clusters":[{"name","nodes":[{"name","product","role","version","reachable","error","certificates":[…],"services":[…]}]}]}</c>.
/// </summary>
public static class InventoryJson
{
    public static string Write(IReadOnlyList<ClusterInventory> clusters, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var document = new Document(clusters.Select(c => new Cluster(c.Name, c.Nodes.Select(n => ToNode(n, now)).ToList())).ToList());
        return CliJson.Serialize(document);
    }

    private static Node ToNode(NodeInventory n, DateTimeOffset now) => new(
        n.Node.Name,
        n.Node.Product.ToString().ToLowerInvariant(),
        n.Node.Role.ToString().ToLowerInvariant(),
        n.Version,
        n.Reachable,
        n.Error,
        n.Certificates.Select(c => new Certificate(c.Store, c.Unit, c.File, c.Subject, c.Issuer, c.Serial, c.NotAfter.UtcDateTime,
            c.SelfSigned, c.IsExpired(now), c.DaysLeft(now))).ToList(),
        n.Services.Select(s => new Service(s.Name, StateWord(s.State), s.Activated)).ToList());

    /// <summary>The platform's state words in lower case (<c>started</c>, <c>stopped</c>, <c>notrunning</c>).</summary>
    private static string StateWord(ServiceState state) => state.ToString().ToLowerInvariant();

    private sealed record Document(IReadOnlyList<Cluster> Clusters);

    private sealed record Cluster(string Name, IReadOnlyList<Node> Nodes);

    private sealed record Node(string Name, string Product, string Role, string? Version, bool Reachable, string? Error,
        IReadOnlyList<Certificate> Certificates, IReadOnlyList<Service> Services);

    private sealed record Certificate(string Store, string Unit, string File, string Subject, string Issuer, string Serial,
        DateTime NotAfter, bool SelfSigned, bool Expired, int DaysLeft);

    private sealed record Service(string Name, string State, bool Activated);
}
