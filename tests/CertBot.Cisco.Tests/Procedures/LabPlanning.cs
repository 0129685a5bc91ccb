using CertBot.Cisco.Tests.Lab;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Cisco.Tests.Procedures;

/// <summary>The engine's planner reading the lab through CertBot's own node port: what a plan says about real clusters.</summary>
internal sealed class LabPlanning(CiscoLab lab, params (string Cluster, string Node, string Key, string Value)[] changes) : IDisposable
{
    private readonly LabConnection connection = new(lab, changes);

    public LabConnection Connection => connection;

    public Task<Plan> PlanAsync(ProcedureRequest request) =>
        new Planner(connection.Options, connection.Port, TimeProvider.System).PlanAsync(request, CancellationToken.None);

    public void Dispose() => connection.Dispose();
}
