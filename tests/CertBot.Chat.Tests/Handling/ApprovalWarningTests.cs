using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;

namespace CertBot.Chat.Tests.Handling;

/// <summary>What an approver must read first stands on the plan and on the approval card, a line of its own.</summary>
[Collection(SharedChatLab.Name)]
public sealed class ApprovalWarningTests(ChatLab lab) : ChatLabTests(lab)
{
    [Fact]
    public async Task CallManagerTrustDeletion_PutsThePhoneImpactOnThePlanAndOnTheApprovalCard()
    {
        // lab-east/cucm-sub1 holds an expired CallManager-trust certificate: deleting it restarts Cisco CallManager.
        var run = await Harness.RequestAsync("purge expired trust on lab-east");
        await Harness.Delivery.DeliverOnceAsync(default);

        var plan = Harness.Thread.Posted<PlanView>().Single();
        var phones = Assert.Single(plan.Warnings, w => w.StartsWith("Phones:", StringComparison.Ordinal));
        Assert.Contains("Cisco CallManager restarts on cucm-sub1", phones, StringComparison.Ordinal);
        Assert.Contains(plan.Steps, s => s.Title == "Restart Cisco CallManager on cucm-sub1" && s.ServiceImpacting);
        var gate = Harness.Thread.Posted<GateView>().Single(g => g.RunId == run);
        Assert.False(gate.IsConfirmation);
        Assert.Contains(phones, gate.Warnings);
    }

    [Fact]
    public async Task MixedCluster_PlanCardSaysSo_AndTheOtherChoiceAsSpelledThere_PlansIt()
    {
        await Harness.SayAsync("regenerate cup-xmpp on lab-east");
        var first = Harness.Thread.Posted<PlanView>().Single();
        var mixed = Assert.Single(first.Warnings);
        Assert.StartsWith("Mixed cluster: cup-xmpp is CA-signed on imp-sub2", mixed, StringComparison.Ordinal);
        var other = mixed.Split('`')[1];
        Assert.Equal("regenerate cup-xmpp --cluster lab-east --mixed all-but-it", other);

        await Harness.SayAsync(other);

        var second = Harness.Thread.Posted<PlanView>().Last();
        Assert.Equal(other, second.Request);
        Assert.Contains(second.Steps, s => s.Title == "Restart Cisco XCP Router on imp-sub2");
        Assert.DoesNotContain(first.Steps, s => s.Title == "Restart Cisco XCP Router on imp-sub2");
    }
}
