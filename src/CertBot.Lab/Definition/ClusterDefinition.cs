namespace CertBot.Lab.Definition;

/// <summary>One CUCM cluster of the lab, with its IM and Presence nodes.</summary>
public sealed class ClusterDefinition
{
    public string Name { get; init; } = "";

    /// <summary>Active version, e.g. <c>14.0.1.13900-155</c>.</summary>
    public string Version { get; init; } = "";

    /// <summary>DNS domain; a node's FQDN is <c>name.domain</c>.</summary>
    public string Domain { get; init; } = "";

    /// <summary>Presence Redundancy Group high availability on.</summary>
    public bool PrgHighAvailability { get; init; }

    /// <summary>Cisco XCP SIP Federation Connection Manager activated on IM/P nodes.</summary>
    public bool SipFederation { get; init; }

    /// <summary>Cisco XCP XMPP Federation Connection Manager activated on IM/P nodes.</summary>
    public bool XmppFederation { get; init; }

    /// <summary>Nodes in configured order (CUCM publisher, CUCM subscribers, IM/P publisher, IM/P subscribers).</summary>
    public IReadOnlyList<NodeDefinition> Nodes { get; init; } = [];

    /// <summary>Expired trust certificates to plant.</summary>
    public IReadOnlyList<ExpiredTrustDefinition> ExpiredTrust { get; init; } = [];

    /// <summary>FQDN of a node of this cluster.</summary>
    public string FqdnOf(NodeDefinition node) => node.Fqdn ?? $"{node.Name}.{Domain}";
}
