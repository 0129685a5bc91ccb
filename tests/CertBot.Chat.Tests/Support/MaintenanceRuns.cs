using CertBot.Chat.Views;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Storage.Sqlite;

namespace CertBot.Chat.Tests.Support;

/// <summary>
/// Ended runs as the engine stores them, for the final card's tests: written commit by commit (gates decided,
/// steps started and verified with their changes, a failure and an abort) into a real SQLite file and read back,
/// as the card is made from the store. Linked into the Teams and Slack test projects too.
/// </summary>
public static class MaintenanceRuns
{
    public const string Requester = "cli:alice";
    public const string Approver = "cli:bob";
    public static readonly DateTimeOffset Start = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan RegenerateTakes = TimeSpan.FromSeconds(41);
    public static readonly TimeSpan RestartTakes = TimeSpan.FromSeconds(65);

    /// <summary>The run views as the chat core makes them, knowing the requester and the approver by name.</summary>
    public static RunViews Views()
    {
        var people = new People();
        people.Remember(Requester, "Alice");
        people.Remember(Approver, "Bob");
        return new RunViews(people);
    }

    public static string Node(int i) => i == 0 ? "ucm-pub" : $"ucm-sub{i:00}";

    public static string OldSerial(int i) => $"0A1B2C3D4E5F{i:X4}";

    public static string NewSerial(int i) => $"7C2D9E0F11223344{i:X4}";

    public static DateTimeOffset OldExpiry(int i) => Start.AddDays(20 + i);

    public static DateTimeOffset NewExpiry(int i) => Start.AddYears(5).AddDays(i);

    /// <summary>
    /// Tomcat regenerated on <paramref name="nodes"/> nodes, then Cisco Tomcat restarted on each, then the Jabber
    /// push confirmed; when <paramref name="failRestartOf"/> is set, that node's restart fails and the approver aborts.
    /// </summary>
    public static Task<RunView> RegenerationAsync(int nodes, int? failRestartOf = null)
    {
        var refs = Enumerable.Range(0, nodes).Select(i => new NodeRef("lab-big", Node(i), Product.Cucm, i == 0 ? NodeRole.Publisher : NodeRole.Subscriber)).ToList();
        var steps = new List<PlanStep> { Gate() };
        steps.AddRange(refs.Select((n, i) => new PlanStep(0, StepKind.Regenerate, n, $"Regenerate tomcat on {n.Name}", "set cert regen tomcat", false, RegenerateTakes,
            Unit: "tomcat", PreviousSerial: OldSerial(i), PreviousNotAfter: OldExpiry(i))));
        steps.AddRange(refs.Select(n => new PlanStep(0, StepKind.ControlService, n, $"Restart Cisco Tomcat on {n.Name}", "utils service restart Cisco Tomcat", true, RestartTakes,
            Service: Services.Tomcat, Action: ServiceAction.Restart)));
        steps.Add(new PlanStep(0, StepKind.Manual, null, "Push the new certificate to Jabber clients",
            "Jabber clients that do not trust the new self-signed certificate warn their users: push the certificate (or the CA chain) through group policy, MDM or e-mail, then confirm",
            false, TimeSpan.FromMinutes(5)));
        return StoreAsync(ProcedureRequest.Regenerate("lab-big", UnitCatalog.Tomcat), steps, step => step.Kind switch
        {
            StepKind.Regenerate => Outcome(step, [new NodeChange(ChangeKind.Regenerated, step.Node!.Name, "tomcat", step.PreviousSerial, step.PreviousNotAfter,
                NewSerial(refs.IndexOf(step.Node)), NewExpiry(refs.IndexOf(step.Node)))]),
            _ when refs.IndexOf(step.Node!) == failRestartOf => null,
            _ => Outcome(step, [new NodeChange(ChangeKind.ServiceRestarted, step.Node!.Name, Services.Tomcat)]),
        });
    }

    /// <summary>A purge of <paramref name="files"/> expired trust files on each of <paramref name="nodes"/> nodes.</summary>
    public static Task<RunView> PurgeAsync(int nodes, int files, string stem = "Expired_Issuing_CA_")
    {
        var steps = new List<PlanStep> { Gate() };
        for (var i = 0; i < nodes; i++)
        {
            var node = new NodeRef("lab-big", Node(i), Product.Cucm, i == 0 ? NodeRole.Publisher : NodeRole.Subscriber);
            steps.AddRange(Enumerable.Range(0, files).Select(f => new PlanStep(0, StepKind.DeleteTrust, node, $"Delete tomcat-trust/{stem}{f:000}.pem on {node.Name}",
                $"set cert delete tomcat-trust {stem}{f:000}.pem", true, TimeSpan.FromSeconds(3), Store: "tomcat-trust", File: $"{stem}{f:000}.pem",
                PreviousSerial: $"5EED{i:X2}{f:X4}")));
        }

        return StoreAsync(ProcedureRequest.PurgeTrust("lab-big"), steps,
            step => Outcome(step, [new NodeChange(ChangeKind.TrustDeleted, step.Node!.Name, $"{step.Store}/{step.File}", step.PreviousSerial)]));
    }

    private static PlanStep Gate() => new(0, StepKind.ApprovalGate, null, "Approve the changes on lab-big", "approval", false, TimeSpan.Zero);

    private static (TimeSpan Took, IReadOnlyList<NodeChange> Changes)? Outcome(PlanStep step, IReadOnlyList<NodeChange> changes) => (step.EstimatedDuration, changes);

    /// <summary>Writes the run commit by commit as the engine does; a step whose outcome is null fails and the approver aborts.</summary>
    private static async Task<RunView> StoreAsync(ProcedureRequest request, List<PlanStep> steps, Func<PlanStep, (TimeSpan Took, IReadOnlyList<NodeChange> Changes)?> outcome)
    {
        var plan = PlanHasher.Seal(new Plan(request, [.. steps.Select((s, i) => s with { Index = i })], [], [], "", Start));
        var directory = Directory.CreateTempSubdirectory("certbot-summary-").FullName;
        var store = new SqliteEngineStore(Path.Combine(directory, "certbot.db"), TimeProvider.System);
        try
        {
            await store.MigrateAsync(default);
            var now = Start;
            var run = await store.CreateAsync(new RunChange(Run.Create(Guid.NewGuid(), plan, Requester, now), now)
                .Journal(JournalKind.Requested, $"requested by {Requester}", principal: Requester).Fire(RunAction.Submit, "requested").Lock(request.Clusters).ToUpdate(), default);
            foreach (var step in plan.Steps)
            {
                if (step.WaitsForPerson)
                {
                    run = await DecideAsync(store, run, step, now, now = now.AddMinutes(1));
                    continue;
                }

                var started = now;
                var result = outcome(step);
                now = now.Add(result?.Took ?? TimeSpan.FromSeconds(7));
                var change = new RunChange(run, now).Journal(JournalKind.StepStarted, $"step {step.Index + 1} started: {step.Title}", step.Index);
                if (result is { } done)
                {
                    run = await store.CommitAsync(change
                        .Update(r => r.WithStep(new StepOutcome(step.Index, StepStatus.Succeeded, 1, started, now, $"{step.Title}: verified")) with { NextStep = step.Index + 1 })
                        .Journal(JournalKind.StepSucceeded, $"step {step.Index + 1} verified", step.Index, changes: done.Changes).ToUpdate(), default);
                    continue;
                }

                run = await store.CommitAsync(change
                    .Update(r => r.WithStep(new StepOutcome(step.Index, StepStatus.Failed, 1, started, now, $"{step.Service} did not reach STARTED within 600 s")) with { Cause = PauseCause.StepFailed })
                    .Journal(JournalKind.StepFailed, $"step {step.Index + 1} failed", step.Index).Fire(RunAction.Fail, "failed").ToUpdate(), default);
                now = now.AddMinutes(3);
                await store.CommitAsync(new RunChange(run, now).Journal(JournalKind.Aborted, $"aborted by {Approver} at step {step.Index + 1}", step.Index, Approver)
                    .Fire(RunAction.Abort, "aborted").ToUpdate(), default);
                return await ReadAsync(store, run.Id);
            }

            await store.CommitAsync(new RunChange(run, now).Journal(JournalKind.Succeeded, "every step done and verified")
                .Fire(RunAction.Complete, "succeeded").ToUpdate(), default);
            return await ReadAsync(store, run.Id);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Opens the step's gate and decides it: the approver approves a gate, the requester confirms a manual step.</summary>
    private static async Task<Run> DecideAsync(SqliteEngineStore store, Run run, PlanStep step, DateTimeOffset opened, DateTimeOffset decided)
    {
        var approval = step.Kind == StepKind.ApprovalGate;
        var gate = new Gate(Guid.NewGuid(), run.Id, step.Index, approval ? GateKind.Approval : GateKind.Confirmation, run.Plan.Hash, step.Title, opened,
            approval ? opened.AddHours(4) : DateTimeOffset.MaxValue);
        if (run.State == RunState.Running)
        {
            run = await store.CommitAsync(new RunChange(run, opened).Fire(RunAction.ReachGate, step.Title).Gate(gate).ToUpdate(), default);
        }
        else
        {
            run = await store.CommitAsync(new RunChange(run, opened).Gate(gate).ToUpdate(), default);
        }

        var who = approval ? Approver : Requester;
        return await store.CommitAsync(new RunChange(run, decided)
            .Gate(gate.Decide(GateState.Approved, who, decided))
            .Journal(approval ? JournalKind.Approved : JournalKind.Confirmed, $"{(approval ? "approved" : "confirmed")} by {who}", step.Index, who)
            .Update(r => r.WithStep(new StepOutcome(step.Index, StepStatus.Succeeded, 1, opened, decided)) with { NextStep = step.Index + 1 })
            .Fire(approval ? RunAction.Approve : RunAction.Confirm, "decided").ToUpdate(), default);
    }

    private static async Task<RunView> ReadAsync(SqliteEngineStore store, Guid id) =>
        new((await store.GetAsync(id, default))!, await store.GatesOfAsync(id, default), await store.JournalOfAsync(id, default), []);
}
