using System.Text.Json.Nodes;
using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;
using CertBot.Teams.Tests.Support;
using CertBot.Testing;

namespace CertBot.Teams.Tests.Endpoint;

/// <summary>
/// P9 multi-server from a Teams thread on the lab, through the real <c>/api/messages</c> and the runner: <c>renew tomcat
/// on lab-east multi-server</c> makes one CSR on the Unified CM publisher naming every CUCM and IM and Presence node;
/// a certificate of another key and an expired one are refused with their reasons and nothing changes on any node; the
/// lab CA's answer through its two-level chain is accepted; the chain goes into every node's tomcat-trust (publisher
/// first) before the certificate, both before the restarts; the run ends Succeeded with one new certificate from the
/// CA on every node.
/// </summary>
[Collection(TeamsRenewalLabGroup.Name)]
public sealed class MultiServerRenewEndpointTests(TeamsRenewalLab lab) : IAsyncLifetime
{
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        bot = await TeamsBotHost.StartAsync(lab, withRunner: true);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task RenewTomcatMultiServer_WrongAnswersRefused_TheChainBeforeTheCertificateOnEveryNode_EndsSucceeded()
    {
        var nodes = MultiServerRenewal.EastTomcatNodes;
        var thread = new TeamsRenewalThread(bot, connector);
        var before = await LabNodeCertificates.ReadAsync(bot.Services, "lab-east", nodes, "tomcat");
        var logs = CommandLogs.Mark(lab.Inventory);
        var (run, plan) = await thread.StartAsync("renew tomcat on lab-east multi-server");
        Assert.Contains("Renew the CA-signed tomcat on lab-east", plan.Body, StringComparison.Ordinal);

        var csr = Assert.Single(SigningRequestFacts.Of((await WaitForCsrAsync(thread, run)).RenewalOrEmpty));
        Assert.Equal("cucm-pub", csr.Node);
        Assert.All(nodes, n => Assert.Contains($"{n}.east.lab.example", csr.DnsNames));

        var shortId = RunIds.ShortId(run);
        await thread.AnswerRefusedAsync(run, $"certificate {shortId} {await lab.SignAsync(csr.Pem, intermediate: true, "other-key")}",
            "the certificate's key does not match cucm-pub's CSR");
        await thread.AnswerRefusedAsync(run, $"certificate {shortId} {await lab.SignAsync(csr.Pem, intermediate: true, "expired")}", "is not valid now");
        Assert.Equal(["cucm-pub: set csr gen tomcat"], ChangeOrder.Of(logs.Since()).Select(c => $"{c.Node}: {c.Command}"));

        await thread.SayAsync($"certificate {shortId} {await lab.SignAsync(csr.Pem, intermediate: true)}");
        await thread.PostedAsync(r => TeamsRenewalThread.Text(r).Contains("signed certificate accepted", StringComparison.Ordinal), "the acceptance");
        Assert.Equal(RunState.Succeeded, await thread.DecideUntilTheEndAsync(run));

        MultiServerRenewal.AssertOrder(logs.Since(), nodes, "tomcat", "Cisco Tomcat");
        MultiServerRenewal.AssertInstalled(before, await LabNodeCertificates.ReadAsync(bot.Services, "lab-east", nodes, "tomcat"));
    }

    /// <summary>The CSR card is in the thread, clean in Microsoft's renderer, and the run holds the CSR.</summary>
    private async Task<Run> WaitForCsrAsync(TeamsRenewalThread thread, Guid run)
    {
        var posted = await thread.PostedAsync(r => r.Body.Contains("csr-cucm-pub", StringComparison.Ordinal), "the CSR card", TeamsRenewalThread.RunTimeout, run: run);
        var card = JsonNode.Parse(posted.Body)!["attachments"]![0]!["content"]!;
        Assert.Empty((await AdaptiveCardsRenderer.CheckJsonAsync(new Dictionary<string, JsonNode> { ["csr"] = card.DeepClone() }))["csr"]);
        return (await bot.Engine.Runs.ShowAsync(run, default))!.Run;
    }
}
