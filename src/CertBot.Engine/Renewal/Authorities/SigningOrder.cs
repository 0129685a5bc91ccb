namespace CertBot.Engine.Renewal.Authorities;

/// <summary>What a CA connector is asked to sign: the CSRs of one renewal run, each with its facts.</summary>
/// <param name="RunId">The run waiting for the answer (for the CA's records).</param>
/// <param name="Cluster">The cluster being renewed.</param>
/// <param name="Unit">The certificate unit (<c>tomcat</c>, <c>cup-xmpp</c>, …): the CA picks its template by it.</param>
/// <param name="Requests">Every CSR of the run (one for a multi-server CSR, one per node otherwise), by node.</param>
public sealed record SigningOrder(Guid RunId, string Cluster, string Unit, IReadOnlyList<SigningRequestFacts> Requests);
