using CertBot.Cisco.Tests.Lab;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Cisco.Tests.Procedures;

/// <summary>P6 against the lab's releases (lab-west 12.5): the seed by default, the release's shortcuts when the cluster says so.</summary>
[Collection(SharedCiscoLab.Name)]
public sealed class ReleaseAwarePurgeTests(CiscoLab lab)
{
    // Every node of lab-west holds cucm-sub1's tomcat in tomcat-trust.
    private static readonly ProcedureRequest Named = ProcedureRequest.PurgeTrust("lab-west", trustFiles: ["tomcat-trust/cucm-sub1.west.lab.example.pem"]);

    [Fact]
    public async Task ByDefault_StopsTheWatchersAndDeletesOnEveryNode()
    {
        using var planning = await LabPlanning.OnLabWestAsync(lab);

        var plan = await planning.PlanAsync(Named);

        Assert.Equal(["cucm-pub", "cucm-sub1"], plan.Steps.Where(s => s.Kind == StepKind.DeleteTrust).Select(s => s.Node!.Name));
        Assert.Contains(plan.Steps, s => s.Title == "Stop Cisco Certificate Change Notification on cucm-sub1");
        Assert.DoesNotContain(plan.Warnings, w => w.StartsWith("Left out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithTheOption_On12_5_DeletesOnceOnThePublisher_SkipsTheStops_AndTheCardSaysSo()
    {
        using var planning = await LabPlanning.OnLabWestAsync(lab, ("lab-west", "", "SkipStepsTheReleaseMakesUnnecessary", "true"));

        var plan = await planning.PlanAsync(Named);

        var delete = Assert.Single(plan.Steps, s => s.Kind == StepKind.DeleteTrust);
        Assert.Equal("Delete tomcat-trust/cucm-sub1.west.lab.example.pem on cucm-pub (propagates to cucm-sub1)", delete.Title);
        Assert.Equal(["cucm-sub1"], delete.Peers!.Select(p => p.Name));
        Assert.DoesNotContain(plan.Steps, s => s.Kind == StepKind.ControlService && s.Title.StartsWith("Stop ", StringComparison.Ordinal));
        Assert.Contains(plan.Steps, s => s.Title == "Restart Cisco Tomcat on cucm-sub1");
        Assert.Contains(plan.Warnings, w => w.Contains("Unified CM 12.5: Cisco Certificate Expiry Monitor and Certificate Change Notification are not stopped", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.Contains("a trust deletion propagates", StringComparison.Ordinal));
    }
}
