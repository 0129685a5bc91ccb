using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning.Facts;

/// <summary>
/// Opens one session per node and closes them all when planning ends. Logins are the slow part on a real
/// node (seconds each), so <see cref="OpenAllAsync"/> opens every node of a plan at once; the questions are
/// then asked node by node so decisions come out in a stable order.
/// </summary>
public sealed class FactReader(INodePort port) : IAsyncDisposable
{
    private readonly Dictionary<NodeRef, (INodeSession Session, NodeFacts Facts)> nodes = [];

    /// <summary>
    /// Logs in to every node not yet open, concurrently. A node that cannot be reached is left out here: the
    /// procedure may not need it, and if it does, <see cref="ForAsync"/> logs in again and reports the failure.
    /// </summary>
    public async Task OpenAllAsync(IEnumerable<NodeRef> wanted, CancellationToken cancellationToken)
    {
        var logins = wanted.Distinct().Where(n => !nodes.ContainsKey(n))
            .Select(n => (Node: n, Session: port.OpenAsync(n, cancellationToken)))
            .ToList();
        await Task.WhenAll(logins.Select(l => l.Session.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)));
        foreach (var (node, session) in logins.Where(l => l.Session.IsCompletedSuccessfully))
        {
            nodes[node] = (session.Result, new NodeFacts(node, session.Result));
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

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
