using System.Collections.Concurrent;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Nodes;

/// <summary>
/// At most <c>CertBot:Ssh:MaxSessionsPerNode</c> CertBot sessions open on one node at a time, whoever opens them
/// (inventory, planning, runs, the command line in this process): a node allows only a few CLI sessions, and a
/// burst of requests must not crowd out the administrators' own. A caller waits for a free session up to
/// <c>SessionWaitTimeout</c>, then is told the node is busy.
/// </summary>
internal sealed class NodeSessionLimiter(int perNode, TimeSpan wait)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> nodes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>One session's place on the node; disposing it gives the place back (once).</summary>
    /// <exception cref="NodeException">No place freed up within the wait (<see cref="NodeFailure.Busy"/>).</exception>
    public async Task<IDisposable> EnterAsync(NodeRef node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        var places = nodes.GetOrAdd($"{node.Cluster}/{node.Name}", _ => new SemaphoreSlim(perNode, perNode));
        if (!await places.WaitAsync(wait, cancellationToken))
        {
            throw new NodeException(NodeFailure.Busy, node.ToString(), null, null,
                $"{node}: CertBot already has {perNode} sessions open there (CertBot:Ssh:MaxSessionsPerNode) and none ended within {wait.TotalSeconds:0} s; try again in a few minutes");
        }

        return new Place(places);
    }

    private sealed class Place(SemaphoreSlim places) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                places.Release();
            }
        }
    }
}
