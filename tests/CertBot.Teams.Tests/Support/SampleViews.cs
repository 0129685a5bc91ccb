using CertBot.Chat.Inventory;
using CertBot.Chat.Views;
using CertBot.Testing.Labs;

namespace CertBot.Teams.Tests.Support;

/// <summary>Every view the bot can send, in every state that changes its card: the renderer check renders them all.</summary>
internal static class SampleViews
{
    public static readonly Guid Run = Guid.Parse("1a2b3c4d-0000-4000-8000-000000000001");
    public static readonly Guid Gate = Guid.Parse("1a2b3c4d-0000-4000-8000-000000000002");
    public static readonly Guid Plan = Guid.Parse("1a2b3c4d-0000-4000-8000-000000000003");
    private static readonly DateTimeOffset At = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, string> RunData => new() { [ChatVerbs.RunKey] = Run.ToString("D"), [ChatVerbs.GateKey] = Gate.ToString("D"), [ChatVerbs.HashKey] = "abc123def4567890" };

    public static PlanView OpenPlan() => new(Plan, "Regenerate tomcat on lab-east", "regenerate tomcat --cluster lab-east",
        [
            new PlanStepLine(1, "Approve: regenerate tomcat on cucm-pub, cucm-sub1", null, false, true),
            new PlanStepLine(2, "Regenerate tomcat on cucm-pub", "cucm-pub", false, false),
            new PlanStepLine(3, "Restart Cisco Tomcat on cucm-pub", "cucm-pub", true, false),
        ],
        ["lab-east/cucm-pub", "lab-east/cucm-sub1"], "1 service-impacting step(s): Restart Cisco Tomcat on cucm-pub",
        "lab-east: Saturday 22:00 for 6:00 (Europe/Amsterdam)", ["cucm-pub: tomcat is self-signed on cucm-pub: regenerated"], [], ["Mixed cluster: cup-xmpp is CA-signed on imp-sub2"],
        "abc123def456", TimeSpan.FromMinutes(7), null,
        [
            new ViewAction("Request approval", ChatVerbs.RequestApproval, new Dictionary<string, string> { [ChatVerbs.PlanKey] = Plan.ToString("D") }),
            new ViewAction("Cancel", ChatVerbs.CancelPlan, new Dictionary<string, string> { [ChatVerbs.PlanKey] = Plan.ToString("D") }, true),
        ]);

    public static PlanView BlockedPlan() => OpenPlan() with
    {
        Blockers = ["cup is CA-signed on imp-pub: regeneration would replace it with a self-signed certificate"],
        Actions = [OpenPlan().Actions[1] with { Title = "Dismiss" }],
    };

    public static PlanView ClosedPlan() => OpenPlan() with { Actions = [], Notice = "Approval requested by Rita: run 1a2b3c4d" };

    public static GateView OpenApproval() => new(Run, Gate, false, "Approve: regenerate tomcat on cucm-pub, cucm-sub1", "regenerate tomcat --cluster lab-east",
        "Rita", "abc123def456", ["lab-east/cucm-pub", "lab-east/cucm-sub1"], "Nothing service-impacting until the next gate.",
        ["Phones: Cisco CallManager restarts on cucm-sub1; the phones registered there re-register and calls through it may drop"], At.AddHours(4), null,
        [new ViewAction("Approve", ChatVerbs.Approve, RunData), new ViewAction("Reject", ChatVerbs.Reject, RunData, true)]);

    public static GateView OpenConfirmation() => OpenApproval() with
    {
        IsConfirmation = true,
        Title = "Switch off PRG HA: in IM and Presence Administration, disable High Availability",
        ExpiresAt = null,
        Actions = [new ViewAction("Done", ChatVerbs.Confirm, RunData), new ViewAction("Cancel run", ChatVerbs.CancelRun, RunData, true)],
    };

    public static GateView Approved() => OpenApproval() with { Actions = [], Outcome = "approved by Alan at 2026-11-22 06:05: \"window agreed\"" };

    public static GateView Expired() => OpenApproval() with { Actions = [], Outcome = "expired at 2026-11-22 10:00 without a decision: the run was cancelled" };

    public static ProgressView Progress() => new(Run, "Regenerate tomcat on lab-east (run 1a2b3c4d)", RunDisplayState.Running,
        [
            new ProgressStepLine(1, "Approve", null, StepDisplayState.Succeeded, TimeSpan.Zero, "approved by Alan"),
            new ProgressStepLine(2, "Regenerate tomcat on cucm-pub", "cucm-pub", StepDisplayState.Succeeded, TimeSpan.FromSeconds(41), "new serial 5A01"),
            new ProgressStepLine(3, "Regenerate tomcat on cucm-sub1", "cucm-sub1", StepDisplayState.Running, TimeSpan.FromSeconds(12), null),
            new ProgressStepLine(4, "Restart Cisco Tomcat on cucm-pub", "cucm-pub", StepDisplayState.Pending, null, null),
            new ProgressStepLine(5, "Restart Cisco Tomcat on cucm-sub1", "cucm-sub1", StepDisplayState.Skipped, TimeSpan.Zero, "skipped by Alan"),
            new ProgressStepLine(6, "Push to Jabber", null, StepDisplayState.Waiting, null, null),
            new ProgressStepLine(7, "Verify", "cucm-pub", StepDisplayState.Failed, TimeSpan.FromSeconds(3), "serial unchanged"),
        ], 3, 7, TimeSpan.FromMinutes(2), null);

    public static ProgressView NotStarted() => Progress() with { State = RunDisplayState.Waiting, Done = 0, Attention = "waiting for approval: Approve" };

    public static ProgressView Finished() => Progress() with { State = RunDisplayState.Succeeded, Done = 7 };

    public static FailureView Failure() => new(Run, "Regenerate tomcat on lab-east (run 1a2b3c4d)", DecisionCause.StepFailed, 7, "Verify", "lab-east/cucm-pub",
        "step 7 failed: serial unchanged", "admin:show cert own tomcat/tomcat.pem\nSerial Number: 5A01", null,
        [new ViewAction("Retry", ChatVerbs.Retry, RunData), new ViewAction("Skip", ChatVerbs.Skip, RunData), new ViewAction("Abort", ChatVerbs.Abort, RunData, true)]);

    public static FailureView OutsideWindow() => Failure() with
    {
        Cause = DecisionCause.OutsideWindow,
        OutputTail = null,
        Actions = [new ViewAction("Override window", ChatVerbs.OverrideWindow, RunData), .. Failure().Actions],
    };

    public static FailureView Resolved() => Failure() with { Actions = [], Resolution = "retry of step 7 asked by Rita at 2026-11-22 06:30" };

    /// <summary>The first five nodes of the large cluster, the last one not read.</summary>
    public static InventoryView Inventory()
    {
        var nodes = LargeCluster.Facts(At).Nodes.Take(5).Select((n, i) => i < 4 ? n : n with { Error = "unreachable (connection refused)", Services = [] });
        return CompactInventory.Of("lab-east", nodes, At, At, null, 30, ViewLimits.ListLines);
    }

    /// <summary>The 20 × 60 cluster as the bot answers it from facts 7 minutes old.</summary>
    public static InventoryView LargeInventory(int? days = null) =>
        CompactInventory.Of(LargeCluster.Name, LargeCluster.Facts(At).Nodes, At, At.AddMinutes(7), days, days ?? 30, ViewLimits.ListLines)
        with { Actions = [new ViewAction("Refresh", ChatVerbs.RefreshFacts, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = LargeCluster.Name })] };

    /// <summary>Every certificate of each node of the 20 × 60 cluster, as <c>show all for &lt;node&gt;</c> answers.</summary>
    public static IReadOnlyList<NodeCertificatesView> LargeNodes() =>
        [.. LargeCluster.Facts(At).Nodes.SelectMany(n => NodeCertificatePages.Of(LargeCluster.Name, n, At, At.AddMinutes(7), 30))];

    /// <summary>An answer from the facts cache: how old the facts are, and Refresh.</summary>
    public static InventoryView CachedInventory() => Inventory() with
    {
        AsOf = "as of 06:35 UTC (7 min ago)",
        Actions = [new ViewAction("Refresh", ChatVerbs.RefreshFacts, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = "lab-east" })],
    };

    public static PlanView CachedPlan() => OpenPlan() with
    {
        AsOf = "as of 06:35 UTC (7 min ago)",
        Actions = [.. OpenPlan().Actions, new ViewAction("Refresh", ChatVerbs.RefreshFacts, new Dictionary<string, string> { [ChatVerbs.PlanKey] = Plan.ToString("D") })],
    };

    public static InventoryView EmptyInventory() => new("lab-west", At, 0, 0, [], [], 0, [], []);

    public static SummaryView Succeeded() => new(Run, "Regenerate tomcat on lab-east (run 1a2b3c4d)", RunDisplayState.Succeeded, 6, 0, 1, 7, TimeSpan.FromMinutes(12),
        "Rita", ["Approve: regenerate tomcat: approved by Alan at 2026-11-22 06:05"], null, [], [])
    {
        RequestedAt = At,
        EndedAt = At.AddMinutes(12),
        Nodes =
        [
            new NodeRecord("cucm-pub", ["✓ tomcat regenerated: serial 0A1B → 7C2D, expires 2026-12-20 → 2031-11-21 · step 2, 41 s", "✓ Cisco Tomcat restarted · step 4, 1 min 5 s"]),
            new NodeRecord("cucm-sub1", ["✓ tomcat regenerated: serial 0A1C → 7C2E, expires 2026-12-21 → 2031-11-21 · step 3, 38 s"]),
        ],
        FollowUps = ["Phones registered on cucm-pub re-registered after the Cisco CallManager restart: check that none stayed unregistered"],
    };

    public static SummaryView Cancelled() => Succeeded() with { State = RunDisplayState.Cancelled, Succeeded = 1, Attention = "rejected by Alan", Decisions = [], Nodes = [], FollowUps = [],
        Undo = ["Cisco Certificate Expiry Monitor is stopped on imp-pub: start it (utils service start Cisco Certificate Expiry Monitor)"],
        Actions = [new ViewAction("Restore", ChatVerbs.Restore, new Dictionary<string, string> { [ChatVerbs.RunKey] = Run.ToString("D") })] };

    /// <summary>Every sample, by name.</summary>
    public static ExpiryView Expiry(int rows = 3, int? band = 30) => new("lab-east", band, At,
        [.. Enumerable.Range(0, rows).Select(i => new ExpiryRow($"imp-sub{i % 3}", i % 4 == 3 ? "tomcat-trust/Old_Lab_Issuing_CA.pem" : i % 2 == 0 ? "tomcat" : "cup-xmpp",
            At.AddDays(20 - i), 20 - i, false, i % 2 == 0, i % 2 == 0 ? "regeneration" : "renewal"))],
        0,
        [
            new ViewAction("Plan regeneration of tomcat", ChatVerbs.PlanRegeneration, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = "lab-east", [ChatVerbs.UnitKey] = "tomcat" }),
            new ViewAction("Plan renewal of cup-xmpp", ChatVerbs.PlanRenewal, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = "lab-east", [ChatVerbs.UnitKey] = "cup-xmpp" }),
            new ViewAction("Plan purge of expired trust", ChatVerbs.PlanPurge, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = "lab-east" }),
        ]);

    public static ExpiryView ExpiredTrustWithoutActions() => new("lab-west", 0, At,
        [new ExpiryRow("cucm-pub", "CAPF-trust/Expired_Manufacturing_CA.pem", At.AddDays(-45), -45, true, true, "none")], 0, []);

    public static IReadOnlyDictionary<string, ChatView> All() => new Dictionary<string, ChatView>
    {
        ["expiry threshold"] = Expiry(),
        ["expiry digest at the row limit"] = Expiry(ViewLimits.ListLines, band: null) with { NotShown = 25 },
        ["expiry expired without actions"] = ExpiredTrustWithoutActions(),
        ["plan open"] = OpenPlan(),
        ["plan blocked"] = BlockedPlan(),
        ["plan closed"] = ClosedPlan(),
        ["approval open"] = OpenApproval(),
        ["confirmation open"] = OpenConfirmation(),
        ["approval decided"] = Approved(),
        ["approval expired"] = Expired(),
        ["progress running"] = Progress(),
        ["progress not started"] = NotStarted(),
        ["progress finished"] = Finished(),
        ["failure"] = Failure(),
        ["failure outside window"] = OutsideWindow(),
        ["failure resolved"] = Resolved(),
        ["inventory"] = Inventory(),
        ["inventory from cached facts"] = CachedInventory(),
        ["plan from cached facts"] = CachedPlan(),
        ["inventory empty"] = EmptyInventory(),
        ["inventory of 20 nodes × 60 certificates"] = LargeInventory(),
        ["node certificates"] = LargeNodes()[6],
        ["node certificates of a node not read"] = NodeCertificatePages.Of("lab-east", LargeCluster.Facts(At).Nodes[4] with { Error = "unreachable (connection refused)", Certificates = [] }, At, At, 30)[0],
        ["summary succeeded"] = Succeeded(),
        ["summary cancelled"] = Cancelled(),
    };
}
