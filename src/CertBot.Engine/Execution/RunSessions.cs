using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Execution;

/// <summary>
/// One session per node for as long as the runner works on a run without waiting; the re-check of the plan
/// and every step use the same sessions. Sessions handed out are leases: disposing them does nothing, this
/// class closes them all at the end.
/// </summary>
public sealed class RunSessions(INodePort port) : INodePort, IAsyncDisposable
{
    private readonly Dictionary<NodeRef, INodeSession> open = [];

    public async Task<INodeSession> OpenAsync(NodeRef node, CancellationToken cancellationToken)
    {
        if (!open.TryGetValue(node, out var session))
        {
            session = await port.OpenAsync(node, cancellationToken);
            open[node] = session;
        }

        return new LeasedSession(session);
    }

    /// <summary>Closes a node's session after a failure, so a retry logs in afresh.</summary>
    public async Task DropAsync(NodeRef node)
    {
        if (open.Remove(node, out var session))
        {
            await session.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in open.Values)
        {
            await session.DisposeAsync();
        }

        open.Clear();
    }
}
