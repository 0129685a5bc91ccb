using CertBot.Engine.Model;

namespace CertBot.Cisco.Parsing;

/// <summary>What <c>show cert own|trust</c> printed: the certificate and, when the node showed it, its PEM.</summary>
/// <param name="FromPem">True when the fields come from the PEM (authoritative); false when only the text fields were readable.</param>
public sealed record CertificateDetail(CertificateInfo Certificate, string? Pem, bool FromPem);
