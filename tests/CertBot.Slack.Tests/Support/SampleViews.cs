using CertBot.Chat.Views;

namespace CertBot.Slack.Tests.Support;

/// <summary>Views as the core builds them, ordinary and oversized (long texts, hundreds of lines, markup characters).</summary>
public static class SampleViews
{
    public static readonly Guid RunId = Guid.Parse("1a2b3c4d-0000-4000-8000-000000000001");
    public static readonly Guid GateId = Guid.Parse("1a2b3c4d-0000-4000-8000-000000000002");
    public static readonly Guid PlanId = Guid.Parse("1a2b3c4d-0000-4000-8000-000000000003");
    private static readonly DateTimeOffset At = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    public static string Repeated(string word, int length) => string.Concat(Enumerable.Repeat(word + " <&> ", (length / (word.Length + 5)) + 1))[..length];

    public static Dictionary<string, string> RunData => new()
    {
        [ChatVerbs.RunKey] = RunId.ToString("D"),
        [ChatVerbs.GateKey] = GateId.ToString("D"),
        [ChatVerbs.HashKey] = new string('a', 64),
    };

    public static GateView OpenGate(string title = "Approve regenerating tomcat on lab-east") => new(RunId, GateId, false, title, "regenerate tomcat on lab-east",
        "<@UREQ>", "abcd1234", ["lab-east/cucm-pub", "lab-east/cucm-sub1"], "Next: 2 service-impacting step(s)", ["Phones: Cisco CallManager restarts on cucm-sub1; the phones registered there re-register and calls through it may drop"], At.AddHours(4), null,
        [new ViewAction("Approve", ChatVerbs.Approve, RunData), new ViewAction("Reject", ChatVerbs.Reject, RunData, Destructive: true)]);

    public static GateView DecidedGate() => OpenGate() with { Outcome = "approved by <@UAPP> at 2026-11-22 06:10", Actions = [] };

    public static PlanView Plan(int steps = 6, int length = 60) => new(PlanId, Repeated("Regenerate tomcat", length), Repeated("regenerate tomcat on lab-east", length),
        [.. Enumerable.Range(1, steps).Select(i => new PlanStepLine(i, Repeated($"Restart Cisco Tomcat step {i}", length), "cucm-pub", i % 2 == 0, i % 7 == 0))],
        [.. Enumerable.Range(1, steps).Select(i => $"lab-east/node{i}")], Repeated("2 service-impacting steps", length), "lab-east: any time",
        [.. Enumerable.Range(1, Math.Max(1, steps / 10)).Select(i => Repeated($"decision {i}", length))], steps > 50 ? [Repeated("blocked", length)] : [],
        [Repeated("mixed cluster", length)],
        "abcd1234", TimeSpan.FromMinutes(7), null,
        [new ViewAction("Request approval", ChatVerbs.RequestApproval, new Dictionary<string, string> { [ChatVerbs.PlanKey] = PlanId.ToString("D") }),
         new ViewAction(Repeated("Cancel", length), ChatVerbs.CancelPlan, new Dictionary<string, string> { [ChatVerbs.PlanKey] = PlanId.ToString("D") }, Destructive: true)]);

    public static ProgressView Progress(int steps = 6, int length = 40) => new(RunId, Repeated("Regenerate tomcat on lab-east (run 1a2b3c4d)", length), RunDisplayState.Running,
        [.. Enumerable.Range(1, steps).Select(i => new ProgressStepLine(i, Repeated($"Step {i}", length), "cucm-pub", i < 3 ? StepDisplayState.Succeeded : StepDisplayState.Pending,
            i < 3 ? TimeSpan.FromSeconds(i * 7) : null, i == 2 ? Repeated("detail", length) : null))],
        2, steps, TimeSpan.FromSeconds(95), steps > 50 ? Repeated("attention", length) : null);

    public static FailureView Failure(int length = 60, string? resolution = null) => new(RunId, Repeated("Regenerate tomcat on lab-east", length), DecisionCause.StepFailed, 3,
        Repeated("Restart Cisco Tomcat", length), "lab-east/cucm-sub1", Repeated("the service did not start", length), Repeated("admin:utils service restart Cisco Tomcat ```", length * 20),
        resolution, resolution is not null ? [] :
        [new ViewAction("Retry", ChatVerbs.Retry, RunData), new ViewAction("Skip", ChatVerbs.Skip, RunData), new ViewAction("Abort", ChatVerbs.Abort, RunData, Destructive: true)]);

    /// <summary>A compact inventory of <paramref name="nodes"/> nodes; from 20 nodes on, with attention left out and nodes not read.</summary>
    public static InventoryView Inventory(int nodes = 5, int length = 30) => new("lab-east", At, null, 30,
        [.. Enumerable.Range(1, nodes).Select(i => new InventoryNodeRow(Repeated($"node{i}", Math.Min(length, 60)), Repeated("CUCM subscriber", length), 7, i % 2, i % 3, 2,
            i % 4 == 0 ? null : 1, i % 5 != 0, new ViewAction("All certificates", ChatVerbs.ShowAll, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = "lab-east", [ChatVerbs.NodeKey] = $"node{i}" })))],
        [.. Enumerable.Range(1, Math.Min(nodes * 3, 40)).Select(i => new InventoryRow($"node{i % 5}", i % 3 == 0 ? "own" : "tomcat-trust", Repeated("tomcat", Math.Min(length, 20)), Repeated($"file{i}.pem", length), At.AddDays(i - 3), i - 3, i < 3))],
        nodes >= 20 ? 400 : 0, nodes >= 20 ? [.. Enumerable.Range(1, nodes).Select(i => $"node{i}")] : [],
        nodes >= 20 ? [.. Enumerable.Range(1, 30).Select(i => Repeated($"node{i} did not answer", length))] : []);

    /// <summary>An answer from the facts cache: how old the facts are, and Refresh.</summary>
    public static InventoryView CachedInventory(int nodes = 5, int length = 30) => Inventory(nodes, length) with
    {
        AsOf = "as of 06:35 UTC (7 min ago)",
        Actions = [new ViewAction("Refresh", ChatVerbs.RefreshFacts, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = "lab-east" })],
    };

    public static PlanView CachedPlan(int steps = 6, int length = 60) => Plan(steps, length) with
    {
        AsOf = "as of 06:35 UTC (7 min ago)",
        Actions = [.. Plan(steps, length).Actions, new ViewAction("Refresh", ChatVerbs.RefreshFacts, new Dictionary<string, string> { [ChatVerbs.PlanKey] = PlanId.ToString("D") })],
    };

    public static SummaryView Summary(int decisions = 2, int length = 60) => new(RunId, Repeated("Regenerate tomcat on lab-east (run 1a2b3c4d)", length), RunDisplayState.Succeeded,
        10, 0, 1, 11, TimeSpan.FromMinutes(4), "<@UREQ>", [.. Enumerable.Range(1, decisions).Select(i => Repeated($"Approval: approved by <@UAPP> {i}", length))], null,
        [Repeated("Cisco Certificate Expiry Monitor is stopped on imp-pub: start it", length)],
        [new ViewAction("Restore", ChatVerbs.Restore, new Dictionary<string, string> { [ChatVerbs.RunKey] = RunId.ToString("D") })])
    {
        RequestedAt = At,
        EndedAt = At.AddMinutes(4),
        Nodes = [.. Enumerable.Range(1, Math.Max(2, decisions / 10)).Select(n => new NodeRecord(Repeated($"node{n}", Math.Min(length, 200)),
            [.. Enumerable.Range(1, 8).Select(i => Repeated($"✓ tomcat regenerated: serial 0A{i} → 7C{i} · step {i}, 41 s", length))]))],
        FollowUps = [.. Enumerable.Range(1, Math.Max(1, decisions / 50)).Select(i => Repeated($"Phones registered on node{i} re-registered", length))],
    };

    /// <summary>Every kind of view, ordinary size.</summary>
    public static TheoryData<string> Names => ["text", "plan", "gate", "decidedGate", "progress", "failure", "resolvedFailure", "inventory", "summary", "expiry"];

    public static ChatView Named(string name, bool huge) => name switch
    {
        "text" => new TextView(huge ? Repeated("**usage** `certbot regenerate`\n", 20_000) : "**Usage:** `regenerate <unit> on <cluster>`"),
        "plan" => huge ? Plan(400, 500) : Plan(),
        "gate" => huge ? OpenGate(Repeated("Approve", 5000)) with { Nodes = [.. Enumerable.Range(1, 300).Select(i => $"lab-east/node{i}")], Impact = Repeated("impact", 5000), Request = Repeated("req", 5000) } : OpenGate(),
        "decidedGate" => huge ? DecidedGate() with { Outcome = Repeated("approved by <@UAPP>", 6000) } : DecidedGate(),
        "progress" => huge ? Progress(500, 400) : Progress(),
        "failure" => huge ? Failure(4000) : Failure(),
        "resolvedFailure" => Failure(huge ? 4000 : 60, huge ? Repeated("skipped by <@UAPP>", 5000) : "skipped by <@UAPP> at 2026-11-22 06:20"),
        "inventory" => huge ? Inventory(60, 400) : Inventory(),
        "summary" => huge ? Summary(300, 500) : Summary(),
        "expiry" => Expiry(huge ? 400 : 3, huge ? Repeated("node", 200) : "imp-sub1"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static ExpiryView Expiry(int rows, string node) => CertBot.Chat.Watch.ExpiryViews.Of("lab-east", 30,
        [.. Enumerable.Range(0, rows).Select(i => CertBot.Engine.Expiry.ExpiryScan.Describe(
            new CertBot.Engine.Model.NodeRef("lab-east", node, CertBot.Engine.Model.Product.Imp, CertBot.Engine.Model.NodeRole.Subscriber),
            new CertBot.Engine.Model.CertificateInfo("own", i % 2 == 0 ? "tomcat" : "cup-xmpp", "x.pem", "CN=x", i % 2 == 0 ? "CN=x" : "CN=CA", $"{i:X4}",
                DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(20), [], i % 2 == 0, "RSA", 2048, "SHA256withRSA", $"{i:X64}"),
            DateTimeOffset.UnixEpoch))], DateTimeOffset.UnixEpoch);
}
