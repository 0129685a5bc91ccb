using CertBot.Cisco.Tests.Lab;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Cisco.Tests.Procedures;

/// <summary>The engine's planner reading the lab through CertBot's own node port: what a plan says about real clusters.</summary>
internal sealed class LabPlanning(CiscoLab lab, params (string Cluster, string Node, string Key, string Value)[] changes) : IDisposable
{
    private readonly LabConnection connection = new(lab, changes);

    public LabConnection Connection => connection;

    /// <summary>
    /// A planning on lab-west with lab-west/cucm-sub1's host key pinned from what the node offers now: the host key
    /// test replaces that node's key (CiscoLab reserves it), and tests in the shared lab run in no fixed order.
    /// </summary>
    public static async Task<LabPlanning> OnLabWestAsync(CiscoLab lab, params (string Cluster, string Node, string Key, string Value)[] changes)
    {
        using var scanner = new LabConnection(lab);
        var host = lab.Node("lab-west", "cucm-sub1");
        var key = Assert.Single(await scanner.Connector.ScanAsync(host.Host, host.Port, allowLegacy: true, CancellationToken.None));
        return new LabPlanning(lab, [.. changes, ("lab-west", "cucm-sub1", "HostKeySha256", key.Fingerprint)]);
    }

    public Task<Plan> PlanAsync(ProcedureRequest request) =>
        new Planner(connection.Options, connection.Port, TimeProvider.System).PlanAsync(request, CancellationToken.None);

    public void Dispose() => connection.Dispose();
}
