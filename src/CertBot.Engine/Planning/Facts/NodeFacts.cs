using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning.Facts;

/// <summary>
/// The live facts of one node, read once per planning through one session and cached: a plan never asks
/// a node the same question twice. Read-only calls only.
/// </summary>
public sealed class NodeFacts(NodeRef node, INodeSession session)
{
    private IReadOnlyList<CertificateInfo>? own;
    private IReadOnlyList<CertificateInfo>? trust;
    private IReadOnlyList<ServiceStatus>? services;
    private IReadOnlyList<ClusterMember>? members;
    private readonly Dictionary<string, CertificateInfo?> identities = new(StringComparer.Ordinal);

    public NodeRef Node { get; } = node;

    /// <summary>The identity certificate <c>&lt;unit&gt;/&lt;unit&gt;.pem</c> with all its fields, or null when the node has none.</summary>
    public async Task<CertificateInfo?> IdentityAsync(string unit, CancellationToken cancellationToken)
    {
        if (identities.TryGetValue(unit, out var known))
        {
            return known;
        }

        own ??= await session.ListCertificatesAsync(trust: false, cancellationToken);
        var listed = own.FirstOrDefault(c => c.Unit == unit && c.File == unit + ".pem");
        var detailed = listed is null
            ? null
            : await session.GetCertificateAsync(CertificateInfo.OwnStore, unit, listed.File, cancellationToken);
        identities[unit] = detailed;
        return detailed;
    }

    /// <summary>
    /// Every trust certificate with its validity and serial. Where the list already carries them (newer
    /// releases) they are taken as listed; otherwise each is inspected, as older releases require.
    /// </summary>
    public async Task<IReadOnlyList<CertificateInfo>> TrustAsync(CancellationToken cancellationToken)
    {
        if (trust is not null)
        {
            return trust;
        }

        var listed = await session.ListCertificatesAsync(trust: true, cancellationToken);
        var complete = new List<CertificateInfo>(listed.Count);
        foreach (var cert in listed)
        {
            complete.Add(NeedsDetails(cert)
                ? await session.GetCertificateAsync(cert.Store, cert.Unit, cert.File, cancellationToken)
                : cert);
        }

        trust = complete;
        return trust;
    }

    public async Task<IReadOnlyList<ServiceStatus>> ServicesAsync(CancellationToken cancellationToken) =>
        services ??= await session.ListServicesAsync(cancellationToken);

    /// <summary>The service's line, or null when the node does not have it at all.</summary>
    public async Task<ServiceStatus?> ServiceAsync(string name, CancellationToken cancellationToken) =>
        (await ServicesAsync(cancellationToken)).FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public Task<string> VersionAsync(CancellationToken cancellationToken) => session.GetActiveVersionAsync(cancellationToken);

    public Task<string?> EnterpriseParameterAsync(string name, CancellationToken cancellationToken) =>
        session.GetEnterpriseParameterAsync(name, cancellationToken);

    public async Task<IReadOnlyList<ClusterMember>> NetworkClusterAsync(CancellationToken cancellationToken) =>
        members ??= await session.ShowNetworkClusterAsync(cancellationToken);

    private static bool NeedsDetails(CertificateInfo cert) =>
        string.IsNullOrEmpty(cert.Serial) || cert.NotAfter == default;
}
