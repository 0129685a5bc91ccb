using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Storage.Tests;

/// <summary>Runs, gates and changes as the engine writes them, built by hand for the store tests.</summary>
public static class TestRuns
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, 123, TimeSpan.Zero);

    public static Run Planned(string cluster = "lab-east", DateTimeOffset? at = null)
    {
        var node = new NodeRef(cluster, "cucm-pub", Product.Cucm, NodeRole.Publisher);
        var plan = PlanHasher.Seal(new Plan(
            ProcedureRequest.Regenerate(cluster, UnitCatalog.Tomcat),
            [
                new PlanStep(0, StepKind.ApprovalGate, null, "Approve", "approval", false, TimeSpan.Zero),
                new PlanStep(1, StepKind.Regenerate, node, "Regenerate tomcat on cucm-pub", "set cert regen tomcat", false, TimeSpan.FromMinutes(1),
                    Unit: "tomcat", PreviousSerial: "0A1B", PreviousNotAfter: Now.AddDays(30)),
                new PlanStep(2, StepKind.ControlService, node, "Restart Cisco Tomcat on cucm-pub", "utils service restart Cisco Tomcat", true,
                    TimeSpan.FromMinutes(5), Service: "Cisco Tomcat", Action: ServiceAction.Restart, Timeout: TimeSpan.FromSeconds(600)),
                new PlanStep(3, StepKind.BulkImport, node, "Import", "set cert bulk import all", true, TimeSpan.FromMinutes(2),
                    ExpectedFiles: ["west-pub.west.lab", "west-sub1.west.lab"]),
            ],
            [new PlanDecision("cucm-pub", "tomcat is self-signed on cucm-pub: regenerated")],
            [],
            "",
            Now));
        return Run.Create(Guid.NewGuid(), plan, "cli:alice", at ?? Now);
    }

    public static RunUpdate Create(Run run, params string[] locks) =>
        new RunChange(run, run.CreatedAt)
            .Journal(JournalKind.Requested, "requested by cli:alice", principal: "cli:alice")
            .Fire(RunAction.Submit, "requested")
            .Lock(locks.Length == 0 ? run.Request.Clusters : locks)
            .ToUpdate();

    public static Gate Gate(Run run, DateTimeOffset? expires = null, int step = 0) =>
        new(Guid.NewGuid(), run.Id, step, GateKind.Approval, run.Plan.Hash, "Approve", Now, expires ?? Now.AddHours(4));
}
