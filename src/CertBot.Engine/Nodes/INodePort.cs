namespace CertBot.Engine.Nodes;

/// <summary>
/// The engine's way to a node. Implemented by the platform adapter (CertBot.Cisco); unit tests use a fake.
/// A run opens at most one session per node and reuses it for every step on that node.
/// </summary>
public interface INodePort
{
    /// <summary>Logs in to the node. Failures are <see cref="NodeException"/>s (unreachable, host key, ...).</summary>
    Task<INodeSession> OpenAsync(Model.NodeRef node, CancellationToken cancellationToken);
}
