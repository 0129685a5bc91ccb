using CertBot.Cisco.Tests.Lab;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Cisco.Tests.Procedures;

/// <summary>P2 on lab-east, where imp-sub2's cup-xmpp is CA-signed and the other IM/P nodes' are self-signed.</summary>
[Collection(SharedCiscoLab.Name)]
public sealed class MixedClusterTests(CiscoLab lab)
{
    [Fact]
    public async Task ByDefault_SaysSoAtTheTop_SkipsTheCaSignedNode_AndNamesTheOtherChoices()
    {
        using var planning = new LabPlanning(lab);

        var plan = await planning.PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.CupXmpp));

        var warning = Assert.Single(plan.Warnings);
        Assert.StartsWith("Mixed cluster: cup-xmpp is CA-signed on imp-sub2 but self-signed on imp-pub, imp-sub1. This plan skips imp-sub2 entirely", warning, StringComparison.Ordinal);
        Assert.Contains("`regenerate cup-xmpp --cluster lab-east --mixed all-but-it`", warning, StringComparison.Ordinal);
        Assert.Contains("`regenerate cup-xmpp --cluster lab-east --mixed stop`", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, s => s.Node?.Name == "imp-sub2");
        Assert.False(plan.IsBlocked);
    }

    [Fact]
    public async Task AllButIt_RegeneratesTheOthers_AndRestartsTheRouterOnEveryNode()
    {
        using var planning = new LabPlanning(lab);

        var plan = await planning.PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.CupXmpp, MixedChoice.AllButIt));

        Assert.Equal(["imp-pub", "imp-sub1"], plan.Steps.Where(s => s.Kind == StepKind.Regenerate).Select(s => s.Node!.Name));
        Assert.Equal(["imp-pub", "imp-sub1", "imp-sub2"], plan.Steps.Where(s => s.Service == Services.XcpRouter).Select(s => s.Node!.Name));
        Assert.Contains("regenerates all but imp-sub2 and restarts the services on every node", Assert.Single(plan.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_BlocksThePlan()
    {
        using var planning = new LabPlanning(lab);

        var plan = await planning.PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.CupXmpp, MixedChoice.Stop));

        Assert.True(plan.IsBlocked);
        Assert.Contains("stopped as asked; renew imp-sub2 through a CSR", Assert.Single(plan.Blockers), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClusterThatIsNotMixed_HasNoWarning()
    {
        using var planning = new LabPlanning(lab);

        var plan = await planning.PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.CupXmppS2s));

        Assert.Empty(plan.Warnings);
        Assert.Contains(plan.Steps, s => s.Kind == StepKind.Regenerate && s.Node!.Name == "imp-sub2");
    }
}
