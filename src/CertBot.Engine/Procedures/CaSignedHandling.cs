namespace CertBot.Engine.Procedures;

/// <summary>What a regeneration plan does on a node whose certificate of the unit is CA-signed.</summary>
public enum CaSignedHandling
{
    /// <summary>The node is left out ("not regenerated, CSR path needed"); the others go on.</summary>
    Keep,

    /// <summary>The plan is blocked: replacing it with a self-signed certificate would break the service (cup).</summary>
    Block,
}
