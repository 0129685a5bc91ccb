using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning.Facts;

/// <summary>Opens one session per node on first use and closes them all when planning ends.</summary>
public sealed class FactReader(INodePort port) : IAsyncDisposable
{
    private readonly Dictionary<NodeRef, (INodeSession Session, NodeFacts Facts)> nodes = [];

    public async Task<NodeFacts> ForAsync(NodeRef node, CancellationToken cancellationToken)
    {
        if (nodes.TryGetValue(node, out var open))
        {
            return open.Facts;
        }

        var session = await port.OpenAsync(node, cancellationToken);
        var facts = new NodeFacts(node, session);
        nodes[node] = (session, facts);
        return facts;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (session, _) in nodes.Values)
        {
            await session.DisposeAsync();
        }

        nodes.Clear();
    }
}
