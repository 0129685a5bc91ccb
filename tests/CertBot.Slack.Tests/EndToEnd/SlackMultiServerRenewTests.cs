using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;
using CertBot.Slack.Tests.Support;
using CertBot.Testing;

namespace CertBot.Slack.Tests.EndToEnd;

/// <summary>
/// P9 multi-server from a Slack thread on the lab: <c>@CertBot renew tomcat on lab-east multi-server</c> makes one CSR
/// on the Unified CM publisher naming every CUCM and IM and Presence node; an incomplete chain and a certificate
/// without a node's SAN are refused with their reasons and nothing changes on any node; the lab CA's answer through
/// its two-level chain is accepted; the chain goes into every node's tomcat-trust (publisher first) before the
/// certificate, both before the restarts; the run ends Succeeded with one new certificate from the CA on every node.
/// </summary>
[Collection(SlackRenewalLabGroup.Name)]
public sealed class SlackMultiServerRenewTests(SlackRenewalLab lab) : SlackBotTests(lab)
{
    [Fact]
    public async Task RenewTomcatMultiServer_WrongAnswersRefused_TheChainBeforeTheCertificateOnEveryNode_EndsSucceeded()
    {
        var nodes = MultiServerRenewal.EastTomcatNodes;
        var thread = new SlackRenewalThread(Bot, Slack, "CUCOPS0019", "1700000200.000100");
        var before = await LabNodeCertificates.ReadAsync(Bot.Services, "lab-east", nodes, "tomcat");
        var logs = CommandLogs.Mark(lab.Inventory);
        var run = await thread.StartAsync("renew tomcat on lab-east multi-server");

        var csrMessage = await thread.PostedAsync(c => c.AllText.Contains("Waiting for the signed certificate", StringComparison.Ordinal)
            && c.Buttons.Any(b => b.ActionId == "cancelRun"), "the CSR message", SlackRenewalThread.RunTimeout);
        var csr = Assert.Single(SigningRequestFacts.Of((await Bot.Engine.Runs.ShowAsync(run, default))!.Run.RenewalOrEmpty));
        Assert.Equal("cucm-pub", csr.Node);
        Assert.All(nodes, n => Assert.Contains($"{n}.east.lab.example", csr.DnsNames));
        Assert.Contains(csr.Pem.TrimEnd('\n'), csrMessage.AllText, StringComparison.Ordinal);
        Assert.Empty(BlockKitLimitCheck.Problems(csrMessage.Blocks));

        var shortId = RunIds.ShortId(run);
        await thread.RefusedAsync(run, $"certificate {shortId}\n{await lab.SignAsync(csr.Pem, intermediate: true, "incomplete-chain")}",
            "chain stops at 'Lab Issuing CA 1': add its issuer 'Lab Root CA'");
        await thread.RefusedAsync(run, $"certificate {shortId}\n{await lab.SignAsync(csr.Pem, intermediate: true, "missing-san")}",
            "lacks the SAN(s) the CSR asked for: imp-sub2.east.lab.example");
        Assert.Equal(["cucm-pub: set csr gen tomcat"], ChangeOrder.Of(logs.Since()).Select(c => $"{c.Node}: {c.Command}"));

        await thread.MentionAsync($"certificate {shortId}\n{await lab.SignAsync(csr.Pem, intermediate: true)}");
        await thread.PostedAsync(c => c.Text.Contains("signed certificate accepted", StringComparison.Ordinal), "the acceptance");
        Assert.Equal(RunState.Succeeded, await thread.DecideUntilTheEndAsync(run));

        MultiServerRenewal.AssertOrder(logs.Since(), nodes, "tomcat", "Cisco Tomcat");
        MultiServerRenewal.AssertInstalled(before, await LabNodeCertificates.ReadAsync(Bot.Services, "lab-east", nodes, "tomcat"));
    }
}
