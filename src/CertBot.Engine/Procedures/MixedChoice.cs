namespace CertBot.Engine.Procedures;

/// <summary>
/// What a regeneration does in a mixed cluster, where the unit is CA-signed on some nodes and self-signed on the
/// others (P2, P5): the CA-signed certificate is never replaced, so someone chooses how the rest goes.
/// </summary>
public enum MixedChoice
{
    /// <summary>The default: the CA-signed node is left out entirely (no regeneration, no restart there).</summary>
    SkipNode,

    /// <summary>
    /// Every self-signed node is regenerated and the services are restarted on every node, the CA-signed one
    /// included, so it loads the peers' new certificates.
    /// </summary>
    AllButIt,

    /// <summary>Nothing is regenerated: the plan is blocked until the CA-signed node is renewed through a CSR.</summary>
    Stop,
}
