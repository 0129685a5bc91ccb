using CertBot.Engine.Model;

namespace CertBot.Engine.Nodes;

/// <summary>
/// One logged-in CLI session on one node with the typed operations procedures need. Every method either
/// returns a verified, typed result or throws a <see cref="NodeException"/> carrying the node, the command and
/// the tail of the output. Secrets passed in (SFTP passwords) are never part of an exception or log.
/// </summary>
public interface INodeSession : IAsyncDisposable
{
    NodeRef Node { get; }

    /// <summary>Identity (<c>own</c>) or trust certificates, as listed; details are read per certificate.</summary>
    Task<IReadOnlyList<CertificateInfo>> ListCertificatesAsync(bool trust, CancellationToken cancellationToken);

    /// <summary>One certificate with all its fields (<c>show cert own|trust &lt;unit&gt;/&lt;file&gt;</c>).</summary>
    Task<CertificateInfo> GetCertificateAsync(string store, string unit, string file, CancellationToken cancellationToken);

    /// <summary><c>set cert regen &lt;unit&gt;</c>, confirmed; returns the new identity certificate.</summary>
    Task<CertificateInfo> RegenerateAsync(string unit, CancellationToken cancellationToken);

    /// <summary><c>set cert delete &lt;store&gt; &lt;file&gt;</c> of a trust certificate, confirmed.</summary>
    Task DeleteTrustAsync(string store, string file, CancellationToken cancellationToken);

    /// <summary><c>set cert import trust &lt;unit&gt;</c> with the given PEM.</summary>
    Task ImportTrustAsync(string unit, string pem, CancellationToken cancellationToken);

    /// <summary>The PEM of one certificate (to copy a publisher's certificate into a subscriber's trust store).</summary>
    Task<string> GetCertificatePemAsync(string store, string unit, string file, CancellationToken cancellationToken);

    Task<IReadOnlyList<ServiceStatus>> ListServicesAsync(CancellationToken cancellationToken);

    /// <summary>Restarts, stops or starts a service and waits for its final state (or the timeout).</summary>
    Task<ServiceStatus> ControlServiceAsync(string service, ServiceAction action, TimeSpan timeout, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClusterMember>> ShowNetworkClusterAsync(CancellationToken cancellationToken);

    /// <summary>The active version, e.g. <c>14.0.1.13900-155</c>.</summary>
    Task<string> GetActiveVersionAsync(CancellationToken cancellationToken);

    /// <summary>An enterprise parameter's value from <c>processconfig</c> (e.g. <c>RollBackToPreGrayback</c>), null if absent.</summary>
    Task<string?> GetEnterpriseParameterAsync(string name, CancellationToken cancellationToken);

    Task ConfigureBulkSftpAsync(BulkSftpSettings settings, CancellationToken cancellationToken);

    Task BulkAsync(BulkOperation operation, CancellationToken cancellationToken);
}
