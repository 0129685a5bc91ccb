using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Inventory;

/// <summary>
/// Procedure P0, the one inventory of CertBot (the command line, the chat's <c>certs</c> and the benchmark read
/// through it): every node asked for, at most <see cref="Concurrency"/> at a time, each over exactly one login,
/// read-only, its facts read through <see cref="NodeFacts"/> as a plan reads them. A node that fails is reported
/// with its error, and what it answered before the failure; it never fails or hides the others.
/// </summary>
public sealed class InventoryReader
{
    private readonly INodePort port;
    private readonly TimeProvider time;

    /// <param name="concurrency">How many nodes are read at the same time (<c>CertBot:Ssh:InventoryConcurrency</c>).</param>
    public InventoryReader(INodePort port, TimeProvider time, int concurrency)
    {
        ArgumentNullException.ThrowIfNull(port);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        this.port = port;
        this.time = time;
        Concurrency = concurrency;
    }

    /// <summary>The most nodes read at once; logins are the slow part, and a cluster must not see a login storm.</summary>
    public int Concurrency { get; }

    /// <summary>Reads every node; the result keeps the clusters and nodes in the order given.</summary>
    /// <param name="nodeDone">Called as each node finishes (from any thread, one call at a time).</param>
    public async Task<IReadOnlyList<ClusterInventory>> ReadAsync(IEnumerable<NodeRef> nodes, Action<NodeInventory>? nodeDone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var results = await ReadEachAsync(nodes.Distinct().Select(n => (n, false)), nodeDone, cancellationToken);
        return results.GroupBy(r => r.Node.Cluster, StringComparer.Ordinal)
            .Select(c => new ClusterInventory(c.Key, c.ToList()))
            .ToList();
    }

    /// <summary>
    /// One cluster's facts for the cache: its inventory as <see cref="ReadAsync"/> reads it, and over the same login
    /// the Unified CM publisher's database replication, which every changing plan checks first.
    /// </summary>
    public async Task<ClusterFacts> ReadFactsAsync(ClusterNodes cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var readAt = time.GetUtcNow();
        var nodes = await ReadEachAsync(cluster.All.Select(n => (n, n == cluster.Publisher(Product.Cucm))), null, cancellationToken);
        return new ClusterFacts(cluster.Name, readAt, nodes);
    }

    /// <summary>Every node at most <see cref="Concurrency"/> at a time, in the order given.</summary>
    private async Task<NodeInventory[]> ReadEachAsync(IEnumerable<(NodeRef Node, bool Replication)> nodes, Action<NodeInventory>? nodeDone, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Concurrency);
        var report = new Lock();
        return await Task.WhenAll(nodes.Select(async wanted =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var result = await ReadNodeAsync(wanted.Node, wanted.Replication, cancellationToken);
                lock (report)
                {
                    nodeDone?.Invoke(result);
                }

                return result;
            }
            finally
            {
                gate.Release();
            }
        }).ToList());
    }

    /// <summary>One node's inventory over one login. Never throws for the node's sake, only for cancellation.</summary>
    public Task<NodeInventory> ReadNodeAsync(NodeRef node, CancellationToken cancellationToken) => ReadNodeAsync(node, false, cancellationToken);

    private async Task<NodeInventory> ReadNodeAsync(NodeRef node, bool replication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        var started = time.GetTimestamp();
        var (reachable, version, error, failure) = (false, (string?)null, (string?)null, (NodeFailure?)null);
        var (certificates, services, members) = (new List<CertificateInfo>(), new List<ServiceStatus>(), new List<ClusterMember>());
        ReplicationState? health = null;
        try
        {
            await using var session = await port.OpenAsync(node, cancellationToken);
            reachable = true;
            var facts = new NodeFacts(node, session);
            version = await facts.VersionAsync(cancellationToken);
            certificates.AddRange(await facts.OwnAsync(cancellationToken));
            certificates.AddRange(await facts.TrustAsync(cancellationToken));
            services.AddRange(await facts.ServicesAsync(cancellationToken));
            if (node.Role == NodeRole.Publisher)
            {
                members.AddRange(await facts.NetworkClusterAsync(cancellationToken));
            }

            health = replication ? await ReplicationAsync(facts, cancellationToken) : null;
        }
        catch (NodeException e)
        {
            (error, failure) = (e.Message, e.Failure);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A configuration gap, unexpected output or a timeout of its own on one node must not take the other
            // nodes down; only the caller's cancellation ends the whole inventory.
            error = e.Message;
        }

        return new NodeInventory(node, version, reachable, error, failure, certificates, services, members, time.GetElapsedTime(started)) { Replication = health };
    }

    /// <summary>Replication that cannot be read is left out, not an error of the node: a plan then reads it live and says why.</summary>
    private static async Task<ReplicationState?> ReplicationAsync(NodeFacts facts, CancellationToken cancellationToken)
    {
        try
        {
            return await facts.ReplicationAsync(cancellationToken);
        }
        catch (NodeException e) when (e.Failure is NodeFailure.CommandFailed or NodeFailure.VerificationFailed)
        {
            return null;
        }
    }
}
