using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Execution;

/// <summary>A session borrowed from <see cref="RunSessions"/>: everything passes through, disposing does not close it.</summary>
internal sealed class LeasedSession(INodeSession inner) : INodeSession
{
    public NodeRef Node => inner.Node;

    public Task<IReadOnlyList<CertificateInfo>> ListCertificatesAsync(bool trust, CancellationToken cancellationToken) => inner.ListCertificatesAsync(trust, cancellationToken);

    public Task<CertificateInfo> RegenerateAsync(string unit, CancellationToken cancellationToken) => inner.RegenerateAsync(unit, cancellationToken);

    public Task<bool> DeleteTrustAsync(string store, string file, CancellationToken cancellationToken) => inner.DeleteTrustAsync(store, file, cancellationToken);

    public Task<CertificateInfo> ImportTrustAsync(string unit, string pem, CancellationToken cancellationToken) => inner.ImportTrustAsync(unit, pem, cancellationToken);

    public Task<string> GenerateCsrAsync(string unit, bool multiServer, CancellationToken cancellationToken) => inner.GenerateCsrAsync(unit, multiServer, cancellationToken);

    public Task<CertificateInfo> ImportOwnAsync(string unit, string pem, CancellationToken cancellationToken) => inner.ImportOwnAsync(unit, pem, cancellationToken);

    public Task<string> GetCertificatePemAsync(string store, string unit, string file, CancellationToken cancellationToken) => inner.GetCertificatePemAsync(store, unit, file, cancellationToken);

    public Task<IReadOnlyList<ServiceStatus>> ListServicesAsync(CancellationToken cancellationToken) => inner.ListServicesAsync(cancellationToken);

    public Task<ServiceStatus> ControlServiceAsync(string service, ServiceAction action, TimeSpan timeout, CancellationToken cancellationToken) =>
        inner.ControlServiceAsync(service, action, timeout, cancellationToken);

    public Task<IReadOnlyList<ClusterMember>> ShowNetworkClusterAsync(CancellationToken cancellationToken) => inner.ShowNetworkClusterAsync(cancellationToken);

    public Task<string> GetActiveVersionAsync(CancellationToken cancellationToken) => inner.GetActiveVersionAsync(cancellationToken);

    public Task<string?> GetEnterpriseParameterAsync(string name, CancellationToken cancellationToken) => inner.GetEnterpriseParameterAsync(name, cancellationToken);

    public Task<TrustListSummary> ShowTrustListAsync(bool ctl, CancellationToken cancellationToken) => inner.ShowTrustListAsync(ctl, cancellationToken);

    public Task<ReplicationState> GetReplicationStateAsync(CancellationToken cancellationToken) => inner.GetReplicationStateAsync(cancellationToken);

    public Task ConfigureBulkSftpAsync(BulkSftpSettings settings, CancellationToken cancellationToken) => inner.ConfigureBulkSftpAsync(settings, cancellationToken);

    public Task BulkAsync(BulkOperation operation, CancellationToken cancellationToken) => inner.BulkAsync(operation, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
