using System.Security.Cryptography;
using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;
using CertBot.Slack.Tests.Support;
using CertBot.Testing;

namespace CertBot.Slack.Tests.EndToEnd;

/// <summary>
/// P9 from a Slack thread on the lab: <c>@CertBot renew cup-xmpp on lab-east single-node</c>, approved; the CSR message
/// brings imp-sub2's CSR in a code block; a self-signed answer, garbage and a private key pasted in the thread are
/// refused with their reasons and change nothing; the lab CA's answer through its two-level chain, shared as a file
/// (fetched from url_private with the bot token), is accepted; the run ends Succeeded with the new certificate.
/// </summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackRenewTests(SlackLab lab) : SlackBotTests(lab)
{
    [Fact]
    public async Task RenewCupXmpp_WrongAnswersRefused_TheSharedFileAccepted_EndsSucceeded()
    {
        var thread = new SlackRenewalThread(Bot, Slack, "CUCOPS0009", "1700000100.000100");
        var before = await LabNodeCertificates.OwnAsync(Bot.Services, "lab-east", "imp-sub2", "cup-xmpp");
        var run = await thread.StartAsync("renew cup-xmpp on lab-east single-node");
        Assert.Contains("Renew the CA-signed cup-xmpp on lab-east", (await thread.PostedAsync(c => c.Buttons.Any(b => b.ActionId == "requestApproval"), "the plan")).AllText, StringComparison.Ordinal);

        var csrMessage = await thread.PostedAsync(c => c.AllText.Contains("Waiting for the signed certificate", StringComparison.Ordinal)
            && c.Buttons.Any(b => b.ActionId == "cancelRun"), "the CSR message", SlackRenewalThread.RunTimeout);
        var csr = SigningRequestFacts.Of((await Bot.Engine.Runs.ShowAsync(run, default))!.Run.RenewalOrEmpty).Single();
        Assert.Contains(csr.Pem.TrimEnd('\n'), csrMessage.AllText, StringComparison.Ordinal);
        Assert.Contains("CN=imp-sub2.east.lab.example", csrMessage.AllText, StringComparison.Ordinal);
        Assert.Empty(BlockKitLimitCheck.Problems(csrMessage.Blocks));
        var shortId = RunIds.ShortId(run);

        await thread.RefusedAsync(run, $"certificate {shortId}\n{await lab.SignAsync(csr.Pem, intermediate: true, "self-signed")}", "is self-signed");
        await thread.RefusedAsync(run, $"certificate {shortId} the CA will send it tomorrow", "the answer holds no PEM certificate");
        var right = await lab.SignAsync(csr.Pem, intermediate: true);
        using var key = RSA.Create(2048);
        await thread.RefusedAsync(run, $"certificate {shortId}\n{right}\n{key.ExportPkcs8PrivateKeyPem()}", "it holds a private key");
        Assert.Equal(before.Serial, (await LabNodeCertificates.OwnAsync(Bot.Services, "lab-east", "imp-sub2", "cup-xmpp")).Serial);

        // The right answer as a file shared in the thread, with the mention: fetched from url_private with the bot token.
        await thread.ShareFileAsync($"certificate {shortId}", "imp-sub2-signed.pem", right);
        await thread.PostedAsync(c => c.Text.Contains("signed certificate accepted", StringComparison.Ordinal), "the acceptance");
        Assert.Equal(["Bearer xoxb-lab-token"], Slack.FileAuthorizations);

        var install = await thread.PostedAsync(c => c.AllText.Contains("Installs: imp-sub2", StringComparison.Ordinal), "the installation approval");
        Assert.Contains(CertificateFacts.FromPem(PemCertificates.Split(right)[0]).Sha256, install.AllText, StringComparison.Ordinal);
        Assert.Contains("Lab Issuing CA 1", install.AllText, StringComparison.Ordinal);

        Assert.Equal(RunState.Succeeded, await thread.DecideUntilTheEndAsync(run));
        var after = await LabNodeCertificates.OwnAsync(Bot.Services, "lab-east", "imp-sub2", "cup-xmpp");
        Assert.NotEqual(before.Serial, after.Serial);
        Assert.Contains("Lab Issuing CA 1", after.Issuer, StringComparison.Ordinal);
        Assert.DoesNotContain(Slack.Calls, c => c.Body.GetRawText().Contains(key.ExportPkcs8PrivateKeyPem().Split('\n')[1], StringComparison.Ordinal));
    }
}
