namespace CertBot.Engine.Renewal.Authorities;

/// <summary>
/// A CA connector: the seam through which a renewal (P9) may get its CSRs signed without a person. The runner asks
/// the cluster's connector (<c>CertBot:Clusters[].CertificateAuthority</c>, default <see cref="ManualCertificateAuthority.ConnectorName"/>)
/// once, when the run reaches "waiting for the signed certificate", with every CSR of the run and its facts.
/// <para>
/// The contract: answer <see cref="SigningAnswer.Issued"/> with the signed certificate(s) and their chain as PEM
/// (the same text a person would paste), or <see cref="SigningAnswer.Manual"/> with the reason people must answer.
/// A thrown exception counts as "manual" (its message is journaled). Whatever a connector answers goes through
/// exactly the same <see cref="AnswerValidator"/> as a pasted answer, and the run then stops at the same
/// installation approval gate, where an approver other than the requester decides: a connector never installs
/// anything and never approves. A refused answer is journaled with the validator's reason and the run keeps
/// waiting for a manual answer in its thread.
/// </para>
/// <para>
/// Answer within the run's lease time (<c>CertBot:LeaseTime</c>): the runner holds the run while it waits. A CA
/// that takes longer (a pending request, an officer's approval) answers "manual" and people return the answer.
/// Never return or log a private key: the nodes keep the CSRs' keys.
/// </para>
/// </summary>
public interface ICertificateAuthority
{
    /// <summary>The name clusters choose it by in the configuration (case-insensitive), e.g. <c>manual</c>.</summary>
    string Name { get; }

    /// <summary>Signs the run's CSRs, or says that people answer.</summary>
    /// <param name="order">The run, its cluster and unit, and every CSR with its subject, SANs and key.</param>
    Task<SigningAnswer> SignAsync(SigningOrder order, CancellationToken cancellationToken);
}
