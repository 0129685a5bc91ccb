namespace CertBot.Lab.State;

/// <summary>Who this node is.</summary>
public sealed class NodeIdentity
{
    public string Cluster { get; set; } = "";

    /// <summary>Short host name.</summary>
    public string Name { get; set; } = "";

    public string Fqdn { get; set; } = "";

    /// <summary>DNS domain of the cluster.</summary>
    public string Domain { get; set; } = "";

    /// <summary><c>cucm</c> or <c>imp</c>.</summary>
    public string Product { get; set; } = "cucm";

    /// <summary><c>publisher</c> or <c>subscriber</c> as configured.</summary>
    public string Role { get; set; } = "subscriber";

    /// <summary><c>DBPub</c> or <c>DBSub</c>.</summary>
    public string DbRole { get; set; } = "DBSub";

    public string Ip { get; set; } = "";

    public bool IsImp => Product == "imp";

    /// <summary>The CUCM publisher (IM/P database publishers are cluster subscribers).</summary>
    public bool IsCucmPublisher => Product == "cucm" && Role == "publisher";
}
