using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Benchmarks;

/// <summary>
/// A node port that answers at once: every login is refused as unreachable without touching the network.
/// The approval benchmark measures the runner picking a run up, a move that needs no node; this port makes
/// sure no node could add latency to it even if a pass did look at one.
/// </summary>
internal sealed class InstantNodePort : INodePort
{
    public Task<INodeSession> OpenAsync(NodeRef node, CancellationToken cancellationToken) =>
        Task.FromException<INodeSession>(new NodeException(NodeFailure.Unreachable, node?.Name ?? "?", null, null, "the benchmark's port reaches no node"));
}
