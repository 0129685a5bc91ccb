namespace CertBot.Engine.Renewal.Authorities;

/// <summary>
/// The default connector: nobody signs automatically. The run shows its CSR(s) in the thread and waits until the
/// requester or an approver returns the CA's answer (<c>certificate &lt;run&gt;</c>, a file, <c>certbot provide</c>).
/// </summary>
public sealed class ManualCertificateAuthority : ICertificateAuthority
{
    /// <summary>The configuration name of the manual connector, every cluster's default.</summary>
    public const string ConnectorName = "manual";

    public string Name => ConnectorName;

    public Task<SigningAnswer> SignAsync(SigningOrder order, CancellationToken cancellationToken) =>
        Task.FromResult(SigningAnswer.Manual("the cluster's CA is answered by people"));
}
