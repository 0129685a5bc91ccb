using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Testing;

/// <summary>
/// A lab cluster's certificates read through the node port of a composed bot (its <see cref="INodePort"/> and
/// <see cref="EngineOptions"/>), as the tests of the chat fronts compare nodes before and after a run.
/// </summary>
public static class LabNodeCertificates
{
    /// <summary>A node's identity certificate of <paramref name="unit"/>.</summary>
    public static async Task<CertificateInfo> OwnAsync(IServiceProvider services, string cluster, string node, string unit) =>
        (await ReadAsync(services, cluster, node, unit)).Own;

    /// <summary>Each node's identity certificate of <paramref name="unit"/> and the subjects in the unit's trust store, read side by side.</summary>
    public static async Task<Dictionary<string, NodeCertificate>> ReadAsync(IServiceProvider services, string cluster, IReadOnlyList<string> nodes, string unit)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var read = await Task.WhenAll(nodes.Select(n => ReadAsync(services, cluster, n, unit)));
        return nodes.Select((node, i) => (node, read[i])).ToDictionary(
            r => r.node, r => new NodeCertificate(r.Item2.Own.Serial, r.Item2.Own.Issuer, [.. r.Item2.Trust.Select(t => t.Subject)]));
    }

    private static async Task<(CertificateInfo Own, IReadOnlyList<CertificateInfo> Trust)> ReadAsync(IServiceProvider services, string cluster, string node, string unit)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = ((EngineOptions)services.GetService(typeof(EngineOptions))!).Clusters.Single(c => c.Name == cluster);
        var configured = options.Nodes.Single(n => n.Name == node);
        var port = (INodePort)services.GetService(typeof(INodePort))!;
        await using var session = await port.OpenAsync(new NodeRef(cluster, node, configured.Product, configured.Role), default);
        var own = (await session.ListCertificatesAsync(trust: false, default)).Single(c => c.Unit == unit);
        var trust = (await session.ListCertificatesAsync(trust: true, default)).Where(c => c.Store == unit + "-trust").ToList();
        return (own, trust);
    }
}
