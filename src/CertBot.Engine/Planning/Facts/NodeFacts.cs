using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning.Facts;

/// <summary>
/// The live facts of one node, read once through one session and cached: a plan never asks a node the same
/// question twice. The one reader of a node's facts: planning and the inventory (P0) both read through it.
/// Read-only calls only. The node port lists every certificate with all its fields (see
/// <see cref="INodeSession.ListCertificatesAsync"/>), so nothing listed is read again.
/// </summary>
public sealed class NodeFacts(NodeRef node, INodeSession session)
{
    private IReadOnlyList<CertificateInfo>? own;
    private IReadOnlyList<CertificateInfo>? trust;
    private IReadOnlyList<ServiceStatus>? services;
    private IReadOnlyList<ClusterMember>? members;

    public NodeRef Node { get; } = node;

    /// <summary>Every identity certificate (<c>own</c> store) with all its fields.</summary>
    public async Task<IReadOnlyList<CertificateInfo>> OwnAsync(CancellationToken cancellationToken) =>
        own ??= await session.ListCertificatesAsync(trust: false, cancellationToken);

    /// <summary>The identity certificate <c>&lt;unit&gt;/&lt;unit&gt;.pem</c> with all its fields, or null when the node has none.</summary>
    public async Task<CertificateInfo?> IdentityAsync(string unit, CancellationToken cancellationToken) =>
        (await OwnAsync(cancellationToken)).FirstOrDefault(c => c.Unit == unit && c.File == unit + ".pem");

    /// <summary>Every trust certificate with all its fields (validity, serial).</summary>
    public async Task<IReadOnlyList<CertificateInfo>> TrustAsync(CancellationToken cancellationToken) =>
        trust ??= await session.ListCertificatesAsync(trust: true, cancellationToken);

    public async Task<IReadOnlyList<ServiceStatus>> ServicesAsync(CancellationToken cancellationToken) =>
        services ??= await session.ListServicesAsync(cancellationToken);

    /// <summary>The service's line, or null when the node does not have it at all.</summary>
    public async Task<ServiceStatus?> ServiceAsync(string name, CancellationToken cancellationToken) =>
        (await ServicesAsync(cancellationToken)).FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public Task<string> VersionAsync(CancellationToken cancellationToken) => session.GetActiveVersionAsync(cancellationToken);

    public Task<string?> EnterpriseParameterAsync(string name, CancellationToken cancellationToken) =>
        session.GetEnterpriseParameterAsync(name, cancellationToken);

    /// <summary><c>show ctl</c> or <c>show itl</c> as the node judges its file.</summary>
    public Task<TrustListSummary> TrustListAsync(bool ctl, CancellationToken cancellationToken) => session.ShowTrustListAsync(ctl, cancellationToken);

    public Task<ReplicationState> ReplicationAsync(CancellationToken cancellationToken) => session.GetReplicationStateAsync(cancellationToken);

    public async Task<IReadOnlyList<ClusterMember>> NetworkClusterAsync(CancellationToken cancellationToken) =>
        members ??= await session.ShowNetworkClusterAsync(cancellationToken);
}
