namespace CertBot.Engine.Model;

/// <summary>The product a node runs: Unified CM (<c>callmanager</c>) or IM and Presence (<c>cups</c>).</summary>
public enum Product
{
    Cucm,
    Imp,
}
