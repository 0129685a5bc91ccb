using CertBot.Engine.Renewal.Authorities;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using CertBot.Slack.Tests.Support;
using CertBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Slack.Tests.EndToEnd;

/// <summary>
/// The CA-connector seam on the lab: lab-east names a connector backed by the lab CA. When the renewal of imp-sub2's
/// cup-xmpp reaches "waiting for the signed certificate" the runner asks it; its answer goes through the same validator
/// as a pasted one. A right answer brings the run to the installation approval without anything pasted, and only an
/// approver other than the requester lets it install; a wrong answer is refused with the validator's reason, said in
/// the thread, and the run waits for people's answer, which is taken as always.
/// </summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackCaConnectorTests(SlackLab lab) : IAsyncLifetime
{
    private const string Channel = "CUCOPS0029";
    private FakeSlackApi slack = null!;
    private SlackBot bot = null!;
    private LabCertificateAuthority connector = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        connector = new LabCertificateAuthority(lab);
        bot = await SlackBot.StartAsync(lab, slack, LabClusterSetting.For(lab.CertBotConfigPath, "lab-east", "CertificateAuthority", LabCertificateAuthority.ConnectorName),
            services => services.AddSingleton<ICertificateAuthority>(connector));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task TheConnectorSigns_TheRunReachesTheInstallationApprovalWithoutAPastedAnswer_OnlyAnApproverInstalls()
    {
        var thread = new SlackRenewalThread(bot, slack, Channel, "1700000300.000100");
        var before = await LabNodeCertificates.OwnAsync(bot.Services, "lab-east", "imp-sub2", "cup-xmpp");
        var run = await thread.StartAsync("renew cup-xmpp on lab-east single-node");

        var install = await thread.PostedAsync(c => c.AllText.Contains("Installs: imp-sub2", StringComparison.Ordinal), "the installation approval", SlackRenewalThread.RunTimeout);
        Assert.Contains("Lab Issuing CA 1", install.AllText, StringComparison.Ordinal);
        Assert.Equal(1, connector.Orders);
        var view = (await bot.Engine.Runs.ShowAsync(run, default))!;
        Assert.Contains(view.Journal, j => j.Kind == JournalKind.CertificateProvided
            && j.Message.StartsWith("signed certificate provided by the CA connector 'lab-ca' and validated: imp-sub2: subject imp-sub2", StringComparison.Ordinal));
        Assert.Contains(view.Gates, g => g.Kind == GateKind.Certificate && g.DecidedBy == "connector:lab-ca");
        Assert.Contains(view.Gates, g => g.IsOpen && g.Kind == GateKind.Approval);

        // Four eyes: the requester may not approve the installation the connector's answer leads to.
        var own = await bot.Engine.Decisions.DecideAsync(new Decision(RunAction.Approve, run, "slack:" + SlackRenewalThread.Requester), default);
        Assert.Equal(AnswerKind.Refused, own.Kind);
        Assert.Contains("the requester never approves their own run", own.Message, StringComparison.Ordinal);
        Assert.Equal(before.Serial, (await LabNodeCertificates.OwnAsync(bot.Services, "lab-east", "imp-sub2", "cup-xmpp")).Serial);

        Assert.Equal(RunState.Succeeded, await thread.DecideUntilTheEndAsync(run));
        var after = await LabNodeCertificates.OwnAsync(bot.Services, "lab-east", "imp-sub2", "cup-xmpp");
        Assert.NotEqual(before.Serial, after.Serial);
        Assert.Contains("Lab Issuing CA 1", after.Issuer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongAnswerOfTheConnector_RefusedWithTheValidatorsReason_TheRunWaitsForPeople_WhoseAnswerIsTaken()
    {
        connector.Flaw = "missing-san";
        var thread = new SlackRenewalThread(bot, slack, Channel, "1700000400.000100");
        var before = await LabNodeCertificates.OwnAsync(bot.Services, "lab-east", "imp-sub2", "cup-xmpp");
        var run = await thread.StartAsync("renew cup-xmpp on lab-east single-node");

        const string Reason = "the answer of the CA connector 'lab-ca' is refused: the certificate for imp-sub2's CSR lacks the SAN(s) the CSR asked for";
        await thread.PostedAsync(c => c.AllText.Contains("Waiting for the signed certificate", StringComparison.Ordinal) && c.Buttons.Any(b => b.ActionId == "cancelRun"),
            "the CSR message", SlackRenewalThread.RunTimeout);
        await slack.WaitForAsync(c => c.Channel == Channel && c.AllText.Contains(Reason, StringComparison.Ordinal), "the refusal in the thread");
        var view = (await bot.Engine.Runs.ShowAsync(run, default))!;
        Assert.Contains(view.Journal, j => j.Kind == JournalKind.Refused && j.Message.StartsWith(Reason, StringComparison.Ordinal));
        Assert.Contains(view.Gates, g => g.IsOpen && g.Kind == GateKind.Certificate);
        Assert.Empty(view.Run.RenewalOrEmpty.Certificates);
        Assert.Equal(before.Serial, (await LabNodeCertificates.OwnAsync(bot.Services, "lab-east", "imp-sub2", "cup-xmpp")).Serial);

        // People answer in the thread as always; the installation approval follows; the approver rejects it: nothing installed.
        var csr = Assert.Single(view.Run.RenewalOrEmpty.Csrs).Value;
        await thread.MentionAsync($"certificate {RunIds.ShortId(run)}\n{await lab.SignAsync(csr, intermediate: true)}");
        await thread.PostedAsync(c => c.Text.Contains("signed certificate accepted", StringComparison.Ordinal), "the acceptance");
        var install = await thread.PostedAsync(c => c.AllText.Contains("Installs: imp-sub2", StringComparison.Ordinal), "the installation approval");
        await thread.ClickAsync(SlackBot.Approver, install, "reject");
        Assert.Equal(RunState.Cancelled, await thread.DecideUntilTheEndAsync(run));
        Assert.Equal(before.Serial, (await LabNodeCertificates.OwnAsync(bot.Services, "lab-east", "imp-sub2", "cup-xmpp")).Serial);
    }
}
