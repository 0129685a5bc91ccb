using CertBot.Engine.Model;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Expiry;

/// <summary>One certificate on one node that expires within the days asked for (or has expired), with what fixes it.</summary>
/// <param name="DaysLeft">Whole days until expiry (<see cref="CertificateInfo.DaysLeft"/>); negative once expired.</param>
/// <param name="Unit">The identity unit the remedy works on; null for trust certificates and units CertBot does not know.</param>
public sealed record ExpiringCertificate(
    NodeRef Node,
    CertificateInfo Certificate,
    int DaysLeft,
    bool Expired,
    ExpiryRemedy Remedy,
    CertificateUnit? Unit)
{
    /// <summary>
    /// The certificate on its node, by thumbprint: a regenerated or renewed certificate is a new one, announced
    /// again when it in turn comes close to its end; the same one is announced once per threshold.
    /// </summary>
    public string Key => $"{Node.Cluster}/{Node.Name}/{Certificate.Store}/{Certificate.File}/{Certificate.Sha256Thumbprint}";

    /// <summary>What the node lists it as: the unit for an identity certificate, <c>store/file</c> for a trust one.</summary>
    public string What => Certificate.IsIdentity ? Certificate.Unit : $"{Certificate.Store}/{Certificate.File}";
}
