namespace CertBot.Engine.Runs;

/// <summary>What a verified step changed on a node, as the maintenance record lists it.</summary>
public enum ChangeKind
{
    /// <summary>A self-signed identity certificate was regenerated (<c>set cert regen</c>).</summary>
    Regenerated,

    /// <summary>A CA-signed identity certificate replaced the old one (imported, or distributed by the platform).</summary>
    Renewed,

    /// <summary>A trust certificate was deleted (on the node, or gone there by the platform's propagation).</summary>
    TrustDeleted,

    /// <summary>A certificate was imported into a trust store (a peer's identity, a CA of the chain, a bulk import).</summary>
    TrustImported,

    ServiceRestarted,
    ServiceStopped,
    ServiceStarted,
}
