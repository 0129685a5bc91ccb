namespace CertBot.Engine.Model;

/// <summary>A node of a configured cluster, as the engine plans with it.</summary>
/// <param name="Cluster">The configured cluster name (<c>lab-east</c>).</param>
/// <param name="Name">The node's configured name (<c>imp-sub1</c>).</param>
public sealed record NodeRef(string Cluster, string Name, Product Product, NodeRole Role)
{
    public override string ToString() => $"{Cluster}/{Name}";
}
