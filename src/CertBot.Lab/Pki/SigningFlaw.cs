namespace CertBot.Lab.Pki;

/// <summary>
/// A deliberately wrong answer from the lab CA, so tests can prove that a renewal refuses it before anything on a
/// node changes.
/// </summary>
public enum SigningFlaw
{
    /// <summary>A correct answer.</summary>
    None,

    /// <summary>The certificate is issued for another key than the CSR's.</summary>
    OtherKey,

    /// <summary>The last DNS name the CSR asked for is left out.</summary>
    MissingSan,

    /// <summary>The certificate's validity ended yesterday.</summary>
    Expired,

    /// <summary>The chain stops at the issuing CA: the root is left out of the answer.</summary>
    IncompleteChain,

    /// <summary>A self-signed certificate with the CSR's subject instead of one the CA signed.</summary>
    SelfSigned,
}
