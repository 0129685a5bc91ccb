namespace CertBot.Engine.Expiry;

/// <summary>The procedure that deals with an expiring certificate, as the watch card and <c>certbot expiring</c> offer it.</summary>
public enum ExpiryRemedy
{
    /// <summary>Nothing CertBot runs: a trust certificate not yet expired (its issuer renews it), or a unit no procedure regenerates.</summary>
    None,

    /// <summary>A self-signed identity certificate of a unit P1–P5 regenerate.</summary>
    Regeneration,

    /// <summary>A CA-signed identity certificate of a unit P9 renews through a CSR.</summary>
    Renewal,

    /// <summary>An expired trust certificate: P6 deletes it.</summary>
    Purge,
}
