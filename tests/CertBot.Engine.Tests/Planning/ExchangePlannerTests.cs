using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Tests.Planning;

public sealed class ExchangePlannerTests : PlannerTestBase
{
    [Fact]
    public async Task Exchange_ExportsDestinationThenSource_ConsolidatesOnce_GatesBeforeImports()
    {
        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.Equal(
            ["Confirm the phone pre-checks",
             "Configure the bulk SFTP server on lab-east/cucm-pub", "Export all certificates of lab-east on lab-east/cucm-pub",
             "Configure the bulk SFTP server on lab-west/west-pub", "Export all certificates of lab-west on lab-west/west-pub",
             "Check the SFTP directory holds a PKCS12 file per node",
             "Consolidate once on lab-west/west-pub",
             "Import all certificates on lab-east/cucm-pub", "Import all certificates on lab-west/west-pub",
             "Move the phones (checklist)"],
            Titles(plan));
        Assert.Equal(StepKind.ApprovalGate, plan.Steps[IndexOf(plan, "Import all certificates on lab-east/cucm-pub") - 1].Kind);
        Assert.DoesNotContain(plan.Steps, s => s.Intent.Contains("BULK_SFTP_PASSWORD", StringComparison.Ordinal));
        Assert.Equal(["west-pub.west.lab", "west-sub1.west.lab", "cucm-pub.east.lab", "cucm-sub1.east.lab"],
            plan.Steps.Single(s => s.Kind == StepKind.VerifyBulkFiles).ExpectedFiles);
    }

    [Fact]
    public async Task Exchange_ImportExpectsTheSeedsMapping()
    {
        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        var intoEast = plan.Steps.Single(s => s.Title == "Import all certificates on lab-east/cucm-pub").Expected!;
        var westPub = Lab["west-pub"].Own;
        string Serial(string unit) => westPub.Single(c => c.Unit == unit).Serial;
        Assert.Contains(intoEast, e => e.Store == "CallManager-trust" && e.Serial == Serial("CAPF"));
        Assert.Contains(intoEast, e => e.Store == "tomcat-trust" && e.Serial == Serial("tomcat"));
        Assert.Contains(intoEast, e => e.Store == "Phone-SAST-trust" && e.Serial == Serial("CallManager"));
        Assert.Contains(intoEast, e => e.Store == "CallManager-trust" && e.Serial == Serial("ITLRecovery"));
        // west-sub1 has no CAPF/ITLRecovery: tomcat + CallManager (two stores) = 3 entries.
        Assert.Equal(3, intoEast.Count(e => e.Origin.StartsWith("lab-west/west-sub1", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SourcePreparedForRollback_IsBlocked()
    {
        Lab["west-pub"].Parameters["RollBackToPreGrayback"] = "T";

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("Prepare Cluster for Rollback to pre 8.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VersionPairAcrossCscuy43181_IsWarned()
    {
        Lab["west-pub"].Version = "10.5.2.12901-1";

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        AssertDecision(plan, "CSCuy43181");
        Assert.False(plan.IsBlocked);
    }

    [Fact]
    public async Task SameCluster_IsBlocked()
    {
        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-east", "lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("two different clusters", StringComparison.Ordinal));
    }
}
