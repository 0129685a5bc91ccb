namespace CertBot.Testing;

/// <summary>A node's identity certificate of one unit and the subjects in that unit's trust store, as a test read them.</summary>
/// <param name="Serial">The identity certificate's serial number.</param>
/// <param name="Issuer">The identity certificate's issuer (distinguished name).</param>
/// <param name="TrustSubjects">The subjects of every certificate in the unit's trust store (<c>tomcat-trust</c>).</param>
public sealed record NodeCertificate(string Serial, string Issuer, IReadOnlyList<string> TrustSubjects);
