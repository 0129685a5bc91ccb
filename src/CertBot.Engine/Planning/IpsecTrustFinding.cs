using CertBot.Engine.Model;

namespace CertBot.Engine.Planning;

/// <summary>P7 for one subscriber: does its <c>ipsec-trust</c> hold the CUCM publisher's <c>ipsec.pem</c>?</summary>
/// <param name="Stale">Entries for the publisher's subject with another serial: what the remedy deletes.</param>
public sealed record IpsecTrustFinding(NodeRef Node, string PublisherSerial, bool Match, IReadOnlyList<CertificateInfo> Stale);
