using CertBot.Engine.Model;

namespace CertBot.Engine.Nodes;

/// <summary>
/// One logged-in CLI session on one node with the typed operations procedures need. Every method either
/// returns a typed result or throws a <see cref="NodeException"/> carrying the node, the command and the tail
/// of the output. Secrets passed in (SFTP passwords) are never part of an exception or log.
/// </summary>
/// <remarks>
/// <para>The verification contract. A change is verified exactly once, here or in the engine's step, never
/// in both; the engine reads nothing back that an operation below already read.</para>
/// <list type="bullet">
/// <item><see cref="RegenerateAsync"/> checks the platform's success message and reads the identity
/// certificate back; the engine judges that certificate against what it knew before (a new serial, a later
/// expiry), since only the engine knows the old one.</item>
/// <item><see cref="ImportOwnAsync"/> verifies itself: the identity read back is the certificate sent; the
/// engine checks serial, issuer and SANs against the answer it validated.</item>
/// <item><see cref="DeleteTrustAsync"/> verifies itself: the entry is no longer listed afterwards.</item>
/// <item><see cref="ImportTrustAsync"/> verifies itself: a certificate with the same SHA-256 is listed in the
/// trust store afterwards, and is returned; the engine checks it is the serial the plan expected.</item>
/// <item><see cref="ControlServiceAsync"/> verifies itself: it returns only once the service list shows the
/// wanted state (never the command's own progress lines).</item>
/// <item><see cref="ConfigureBulkSftpAsync"/> and <see cref="BulkAsync"/> check the platform's success
/// message only; the engine verifies a bulk import against the seed's import mapping, and the exported files
/// on the SFTP server.</item>
/// <item><see cref="ListCertificatesAsync"/> returns every certificate with all its fields; no caller reads a
/// listed certificate again.</item>
/// </list>
/// </remarks>
public interface INodeSession : IAsyncDisposable
{
    NodeRef Node { get; }

    /// <summary>Identity (<c>own</c>) or trust certificates, each with all its fields (serial, validity, issuer).</summary>
    Task<IReadOnlyList<CertificateInfo>> ListCertificatesAsync(bool trust, CancellationToken cancellationToken);

    /// <summary>
    /// <c>set cert regen &lt;unit&gt;</c>, confirmed, its success message checked; returns the identity
    /// certificate <c>&lt;unit&gt;.pem</c> as read back from the node afterwards.
    /// </summary>
    Task<CertificateInfo> RegenerateAsync(string unit, CancellationToken cancellationToken);

    /// <summary>
    /// <c>set cert delete &lt;store&gt; &lt;file&gt;</c> of a trust certificate, confirmed, verified by the entry
    /// no longer being listed. An entry not listed to begin with (a retry, or the platform's cluster-wide
    /// propagation of a delete on the publisher) is left alone: nothing is sent.
    /// </summary>
    /// <returns>True when the entry was deleted; false when it was not listed, so nothing was deleted.</returns>
    Task<bool> DeleteTrustAsync(string store, string file, CancellationToken cancellationToken);

    /// <summary>
    /// <c>set cert import trust &lt;unit&gt;</c> with the given PEM, verified by finding the same certificate
    /// (SHA-256) in the unit's trust store afterwards.
    /// </summary>
    /// <returns>The trust entry the certificate is listed under, with all its fields.</returns>
    Task<CertificateInfo> ImportTrustAsync(string unit, string pem, CancellationToken cancellationToken);

    /// <summary>
    /// <c>set csr gen &lt;unit&gt;</c> (multi-server: the SAN CSR for every node the platform covers, asked on the
    /// product's publisher), its success message checked; returns the CSR (PEM) read back from the node. The
    /// node keeps the CSR's private key until the signed certificate is imported.
    /// </summary>
    Task<string> GenerateCsrAsync(string unit, bool multiServer, CancellationToken cancellationToken);

    /// <summary>
    /// <c>set cert import own &lt;unit&gt;</c> with a CA-signed certificate for the pending CSR, verified by reading
    /// the identity certificate back: it must be the one sent (SHA-256). The node refuses a certificate whose
    /// key does not match its CSR or whose issuer chain is not in the unit's trust store yet.
    /// </summary>
    /// <returns>The identity certificate as read back afterwards.</returns>
    Task<CertificateInfo> ImportOwnAsync(string unit, string pem, CancellationToken cancellationToken);

    /// <summary>The PEM of one certificate (to copy a publisher's certificate into a subscriber's trust store).</summary>
    Task<string> GetCertificatePemAsync(string store, string unit, string file, CancellationToken cancellationToken);

    Task<IReadOnlyList<ServiceStatus>> ListServicesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Restarts, stops or starts a service and waits until <c>utils service list</c> shows it STARTED (restart,
    /// start) or STOPPED (stop); a service that settles otherwise or not within the timeout is a
    /// <see cref="NodeException"/> (<see cref="NodeFailure.VerificationFailed"/> or <see cref="NodeFailure.Timeout"/>).
    /// </summary>
    /// <returns>The service's line once it is in the wanted state.</returns>
    Task<ServiceStatus> ControlServiceAsync(string service, ServiceAction action, TimeSpan timeout, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClusterMember>> ShowNetworkClusterAsync(CancellationToken cancellationToken);

    /// <summary>The active version, e.g. <c>14.0.1.13900-155</c>.</summary>
    Task<string> GetActiveVersionAsync(CancellationToken cancellationToken);

    /// <summary>An enterprise parameter's value from <c>processconfig</c> (e.g. <c>RollBackToPreGrayback</c>), null if absent.</summary>
    Task<string?> GetEnterpriseParameterAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// <c>show ctl</c> (<paramref name="ctl"/>) or <c>show itl</c>, summarised; output that shows neither a file nor
    /// the node's statement that there is none is a <see cref="NodeException"/>.
    /// </summary>
    Task<TrustListSummary> ShowTrustListAsync(bool ctl, CancellationToken cancellationToken);

    /// <summary><c>utils dbreplication runtimestate</c> (run on the publisher for the cluster's view); no row read is a <see cref="NodeException"/>.</summary>
    Task<ReplicationState> GetReplicationStateAsync(CancellationToken cancellationToken);

    Task ConfigureBulkSftpAsync(BulkSftpSettings settings, CancellationToken cancellationToken);

    Task BulkAsync(BulkOperation operation, CancellationToken cancellationToken);
}
