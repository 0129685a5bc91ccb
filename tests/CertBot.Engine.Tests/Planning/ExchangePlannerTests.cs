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
            ["Configure the bulk SFTP server on lab-east/cucm-pub", "Export all certificates of lab-east on lab-east/cucm-pub",
             "Configure the bulk SFTP server on lab-west/west-pub", "Export all certificates of lab-west on lab-west/west-pub",
             "Check the SFTP directory holds a PKCS12 file per node",
             "Consolidate once on lab-west/west-pub",
             "Import all certificates on lab-east/cucm-pub", "Import all certificates on lab-west/west-pub",
             "Check the health of lab-west after the changes", "Check the health of lab-east after the changes",
             "Move the phones (checklist)"],
            Titles(plan));
        Assert.Equal(StepKind.ApprovalGate, plan.Steps[IndexOf(plan, "Import all certificates on lab-east/cucm-pub") - 1].Kind);
        Assert.DoesNotContain(plan.Steps, s => s.Intent.Contains("BULK_SFTP_PASSWORD", StringComparison.Ordinal));
        Assert.Equal(["west-pub.west.lab", "west-sub1.west.lab", "cucm-pub.east.lab", "cucm-sub1.east.lab"],
            plan.Steps.Single(s => s.Kind == StepKind.VerifyBulkFiles).ExpectedFiles);
    }

    [Fact]
    public async Task Exchange_ImportsNameTheSendingNodes_NoFixedListOfUnits()
    {
        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.Equal(["west-pub.west.lab", "west-sub1.west.lab"], plan.Steps.Single(s => s.Title == "Import all certificates on lab-east/cucm-pub").ExpectedFiles);
        Assert.Equal(["cucm-pub.east.lab", "cucm-sub1.east.lab"], plan.Steps.Single(s => s.Title == "Import all certificates on lab-west/west-pub").ExpectedFiles);
        Assert.DoesNotContain("Expected\"", System.Text.Json.JsonSerializer.Serialize(plan), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcePreparedForRollback_IsBlocked()
    {
        Lab["west-pub"].Parameters["RollBackToPreGrayback"] = "T";

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("Prepare Cluster for Rollback to pre 8.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RollbackParameterThatCannotBeRead_IsBlocked_NotTakenAsFalse()
    {
        Lab["west-pub"].Parameters.Remove("RollBackToPreGrayback");

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("RollBackToPreGrayback could not be read on lab-west/west-pub", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrustListsOfEveryTftpNodeOfBothClusters_AreReadAndJudged()
    {
        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        foreach (var node in new[] { "west-pub", "west-sub1", "cucm-pub", "cucm-sub1" })
        {
            Assert.Contains($"{node}: show itl", Lab.Port.Log);
            Assert.Contains(plan.Decisions, d => d.Subject == node && d.Text.StartsWith("ITL present and verified", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(Lab.Port.Log, l => l.EndsWith("show ctl", StringComparison.Ordinal));
        AssertDecision(plan, "security mode: non-secure (ClusterSecurityMode = 0)");
    }

    [Fact]
    public async Task DestinationTftpNodeWithoutAValidItl_BlocksTheMigration()
    {
        Lab["cucm-sub1"].Itl = new(false, 0, null, null, 0, [], false) { Known = true };

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("no valid ITL on TFTP node lab-east/cucm-sub1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NodeWithoutTftp_IsNotAskedForItsItl()
    {
        Lab["cucm-sub1"].WithoutService("Cisco Tftp");

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.DoesNotContain("cucm-sub1: show itl", Lab.Port.Log);
    }

    [Fact]
    public async Task MixedModeCluster_NeedsAVerifiedCtlToo()
    {
        Lab["cucm-pub"].Parameters["ClusterSecurityMode"] = "1";

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("no valid CTL on TFTP node lab-east/cucm-pub", StringComparison.Ordinal));
        Assert.Contains(plan.Blockers, b => b.Contains("no valid CTL on TFTP node lab-east/cucm-sub1", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Blockers, b => b.Contains("lab-west", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecurityModeThatCannotBeRead_IsBlocked()
    {
        Lab["west-pub"].Parameters.Remove("ClusterSecurityMode");

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("the security mode of lab-west could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SftpServerThatCannotBeListed_BlocksThePlanWithTheReason()
    {
        Lab.Port.SftpUnreachable = true;

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("could not be listed: sftp: sftp.lab:22 refused the connection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SftpPasswordNotSet_BlocksThePlanBeforeAnyExport()
    {
        Lab.Secrets.Values.Clear();

        var plan = await PlanAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("the secret BULK_SFTP_PASSWORD (bulk SFTP password) is not set", StringComparison.Ordinal));
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
