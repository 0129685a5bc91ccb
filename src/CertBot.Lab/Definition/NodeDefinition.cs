namespace CertBot.Lab.Definition;

/// <summary>One node of a cluster.</summary>
public sealed class NodeDefinition
{
    /// <summary>Short host name, e.g. <c>cucm-pub</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>FQDN; when absent the cluster's domain is appended to <see cref="Name"/>.</summary>
    public string? Fqdn { get; init; }

    /// <summary><c>cucm</c> or <c>imp</c>.</summary>
    public string Product { get; init; } = "cucm";

    /// <summary><c>publisher</c> or <c>subscriber</c> (for IM/P: the IM/P database role).</summary>
    public string Role { get; init; } = "subscriber";

    /// <summary>Last octet of the node's loopback address.</summary>
    public int Octet { get; init; }

    /// <summary>Identity units signed by the lab CA instead of self-signed (multi-SAN for cup-xmpp/tomcat).</summary>
    public IReadOnlyList<string> CaSignedUnits { get; init; } = [];

    /// <summary>The node's ipsec-trust holds a stale copy of the publisher's ipsec certificate (other serial).</summary>
    public bool StaleIpsecTrust { get; init; }

    /// <summary>
    /// The node's sshd offers only what CUCM 10.x–12.5 may be limited to: diffie-hellman-group14-sha1, an
    /// <c>ssh-rsa</c> host key, aes128-ctr, hmac-sha1, and password login only. Clients must allow legacy algorithms.
    /// </summary>
    public bool LegacySsh { get; init; }

    /// <summary>True for the CUCM publisher or the IM/P database publisher.</summary>
    public bool IsPublisher => Role == "publisher";
}
