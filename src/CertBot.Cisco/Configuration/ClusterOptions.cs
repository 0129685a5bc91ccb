namespace CertBot.Cisco.Configuration;

/// <summary>One cluster (<c>CertBot:Clusters[]</c>): its nodes in the order procedures walk them.</summary>
public sealed class ClusterOptions
{
    public string Name { get; set; } = "";

    public IList<NodeOptions> Nodes { get; } = [];
}
