namespace CertBot.Lab.State;

/// <summary>One node of the cluster as <c>show network cluster</c> lists it.</summary>
public sealed class PeerNode
{
    public string Ip { get; set; } = "";

    public string Fqdn { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary><c>Publisher</c> or <c>Subscriber</c> (IM/P nodes are always <c>Subscriber</c>).</summary>
    public string Role { get; set; } = "Subscriber";

    /// <summary><c>callmanager</c> or <c>cups</c>.</summary>
    public string Type { get; set; } = "callmanager";

    /// <summary><c>DBPub</c> or <c>DBSub</c>.</summary>
    public string DbRole { get; set; } = "DBSub";

    /// <summary>The peer's state directory (cluster-wide operations such as bulk export read it).</summary>
    public string StateDir { get; set; } = "";
}
