namespace CertBot.Testing;

/// <summary>
/// A fault injected on one node for the length of a <c>using</c> block: disposing it clears the node's faults
/// (<c>scripts/lab fault cluster/node clear</c>), so a failing assertion never leaves the fault behind for the
/// next test on the shared lab.
/// <code>
/// await using (await lab.InjectFaultAsync("lab-west", "cucm-pub", "unreachable"))
/// {
///     ... the node refuses logins here ...
/// }
/// </code>
/// </summary>
public sealed class LabFault : IAsyncDisposable
{
    private readonly LabFixture lab;
    private readonly string cluster;
    private readonly string node;

    internal LabFault(LabFixture lab, string cluster, string node)
    {
        this.lab = lab;
        this.cluster = cluster;
        this.node = node;
    }

    public async ValueTask DisposeAsync() => await lab.FaultAsync(cluster, node, "clear");
}
