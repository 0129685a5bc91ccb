using CertBot.Engine.Inventory;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning.Facts;

/// <summary>
/// One node as the facts cache read it: certificates, services, version, cluster membership and (on the Unified
/// CM publisher) replication come from the cache; a question the cache does not hold (a trust list, an enterprise
/// parameter, a certificate's PEM) logs in live once, on first need. Nothing that changes a node is possible here.
/// </summary>
internal sealed class CachedNodeSession(NodeInventory facts, INodePort port) : INodeSession
{
    private INodeSession? live;

    public NodeRef Node => facts.Node;

    public Task<IReadOnlyList<CertificateInfo>> ListCertificatesAsync(bool trust, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CertificateInfo>>(facts.Certificates.Where(c => c.IsIdentity != trust).ToList());

    public Task<IReadOnlyList<ServiceStatus>> ListServicesAsync(CancellationToken cancellationToken) => Task.FromResult(facts.Services);

    public async Task<IReadOnlyList<ClusterMember>> ShowNetworkClusterAsync(CancellationToken cancellationToken) =>
        Node.Role == NodeRole.Publisher ? facts.ClusterMembers : await (await LiveAsync(cancellationToken)).ShowNetworkClusterAsync(cancellationToken);

    public async Task<string> GetActiveVersionAsync(CancellationToken cancellationToken) =>
        facts.Version ?? await (await LiveAsync(cancellationToken)).GetActiveVersionAsync(cancellationToken);

    public async Task<ReplicationState> GetReplicationStateAsync(CancellationToken cancellationToken) =>
        facts.Replication ?? await (await LiveAsync(cancellationToken)).GetReplicationStateAsync(cancellationToken);

    public async Task<string?> GetEnterpriseParameterAsync(string name, CancellationToken cancellationToken) =>
        await (await LiveAsync(cancellationToken)).GetEnterpriseParameterAsync(name, cancellationToken);

    public async Task<TrustListSummary> ShowTrustListAsync(bool ctl, CancellationToken cancellationToken) =>
        await (await LiveAsync(cancellationToken)).ShowTrustListAsync(ctl, cancellationToken);

    public async Task<string> GetCertificatePemAsync(string store, string unit, string file, CancellationToken cancellationToken) =>
        await (await LiveAsync(cancellationToken)).GetCertificatePemAsync(store, unit, file, cancellationToken);

    public Task<CertificateInfo> RegenerateAsync(string unit, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<bool> DeleteTrustAsync(string store, string file, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<CertificateInfo> ImportTrustAsync(string unit, string pem, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<string> GenerateCsrAsync(string unit, bool multiServer, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<CertificateInfo> ImportOwnAsync(string unit, string pem, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<ServiceStatus> ControlServiceAsync(string service, ServiceAction action, TimeSpan timeout, CancellationToken cancellationToken) => throw ReadOnly();

    public Task ConfigureBulkSftpAsync(BulkSftpSettings settings, CancellationToken cancellationToken) => throw ReadOnly();

    public Task BulkAsync(BulkOperation operation, CancellationToken cancellationToken) => throw ReadOnly();

    public async ValueTask DisposeAsync()
    {
        if (live is not null)
        {
            await live.DisposeAsync();
        }
    }

    private async Task<INodeSession> LiveAsync(CancellationToken cancellationToken) => live ??= await port.OpenAsync(Node, cancellationToken);

    private InvalidOperationException ReadOnly() => new($"{Node} is answered from cached facts: planning never changes a node");
}
