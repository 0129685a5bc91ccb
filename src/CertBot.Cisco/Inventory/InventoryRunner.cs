using CertBot.Cisco.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Inventory;

/// <summary>
/// Procedure P0: every node of the chosen clusters probed concurrently (bounded), each over exactly one login,
/// read-only. A node that fails is reported with its error; it never hides the others.
/// </summary>
public sealed class InventoryRunner(INodePort port, TimeProvider time, int concurrency)
{
    /// <param name="nodeDone">Called as each node finishes (from any thread, one call at a time).</param>
    public async Task<IReadOnlyList<ClusterInventory>> RunAsync(IEnumerable<ClusterOptions> clusters, Action<NodeInventory>? nodeDone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        using var gate = new SemaphoreSlim(Math.Max(1, concurrency));
        var report = new Lock();
        var work = clusters.Select(c => (c.Name, Nodes: c.Nodes.Select(n => NodeDirectory.ToRef(c, n)).ToList())).ToList();
        var tasks = work.SelectMany(c => c.Nodes).ToDictionary(n => n, async n =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var result = await ProbeAsync(n, cancellationToken);
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
        });
        await Task.WhenAll(tasks.Values);
        return work.Select(c => new ClusterInventory(c.Name, c.Nodes.Select(n => tasks[n].Result).ToList())).ToList();
    }

    /// <summary>One node's inventory over one login.</summary>
    public async Task<NodeInventory> ProbeAsync(NodeRef node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        var started = time.GetTimestamp();
        var progress = new Collected();
        try
        {
            await using var session = await port.OpenAsync(node, cancellationToken);
            progress.Reachable = true;
            progress.Version = await session.GetActiveVersionAsync(cancellationToken);
            progress.Certificates.AddRange(await session.ListCertificatesAsync(trust: false, cancellationToken));
            progress.Certificates.AddRange(await session.ListCertificatesAsync(trust: true, cancellationToken));
            progress.Services.AddRange(await session.ListServicesAsync(cancellationToken));
            if (node.Role == NodeRole.Publisher)
            {
                progress.Members.AddRange(await session.ShowNetworkClusterAsync(cancellationToken));
            }
        }
        catch (NodeException e)
        {
            progress.Error = e.Message;
            progress.Failure = e.Failure;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Configuration gaps or unexpected output on one node must not take the other nodes down.
            progress.Error = e.Message;
        }

        return new NodeInventory(node, progress.Version, progress.Reachable, progress.Error, progress.Failure,
            progress.Certificates, progress.Services, progress.Members, time.GetElapsedTime(started));
    }

    private sealed class Collected
    {
        public bool Reachable { get; set; }

        public string? Version { get; set; }

        public string? Error { get; set; }

        public NodeFailure? Failure { get; set; }

        public List<CertificateInfo> Certificates { get; } = [];

        public List<ServiceStatus> Services { get; } = [];

        public List<ClusterMember> Members { get; } = [];
    }
}
