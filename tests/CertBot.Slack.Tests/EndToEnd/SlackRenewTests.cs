using System.Net;
using System.Security.Cryptography;
using CertBot.Cisco.Configuration;
using CertBot.Cisco.Nodes;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;
using CertBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Slack.Tests.EndToEnd;

/// <summary>
/// P9 from a Slack thread on the lab: <c>@CertBot renew cup-xmpp on lab-east single-node</c>, approved; the CSR message
/// brings imp-sub2's CSR in a code block; a self-signed answer, garbage and a private key pasted in the thread are
/// refused with their reasons and change nothing; the lab CA's answer through its two-level chain, shared as a file
/// (fetched from url_private with the bot token), is accepted; the run ends Succeeded with the new certificate.
/// </summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackRenewTests(SlackLab lab) : IAsyncLifetime
{
    private const string Channel = "CUCOPS0009";
    private const string Requester = "UREQUESTER1";
    private const string Cluster = "lab-east";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);
    private FakeSlackApi slack = null!;
    private SlackBot bot = null!;
    private int events;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        bot = await SlackBot.StartAsync(lab, slack);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task RenewCupXmpp_WrongAnswersRefused_TheSharedFileAccepted_EndsSucceeded()
    {
        var before = await CupXmppAsync();
        const string thread = "1700000100.000100";
        await EventAsync(SlackPayloads.Mention(NextEvent(), Requester, Channel, thread, $"<@{SlackPayloads.BotUser}> renew cup-xmpp on lab-east single-node"));
        var plan = await slack.WaitForAsync(c => Posted(c, thread) && c.Buttons.Any(b => b.ActionId == "requestApproval"), "the plan", TimeSpan.FromSeconds(60));
        Assert.Contains("Renew the CA-signed cup-xmpp on lab-east", plan.AllText, StringComparison.Ordinal);
        await ClickAsync(Requester, plan, "requestApproval");
        var gate = await slack.WaitForAsync(c => Posted(c, thread) && c.Buttons.Any(b => b.ActionId == "approve"), "the first approval");
        await ClickAsync(SlackBot.Approver, gate, "approve");

        var csrMessage = await slack.WaitForAsync(c => Posted(c, thread) && c.AllText.Contains("Waiting for the signed certificate", StringComparison.Ordinal)
            && c.Buttons.Any(b => b.ActionId == "cancelRun"), "the CSR message", RunTimeout);
        var run = Assert.Single(await bot.Engine.Runs.ListAsync([], 10, default)).Id;
        var csr = SigningRequestFacts.Of((await bot.Engine.Runs.ShowAsync(run, default))!.Run.RenewalOrEmpty).Single();
        Assert.Contains(csr.Pem.TrimEnd('\n'), csrMessage.AllText, StringComparison.Ordinal);
        Assert.Contains("CN=imp-sub2.east.lab.example", csrMessage.AllText, StringComparison.Ordinal);
        Assert.Empty(BlockKitLimitCheck.Problems(csrMessage.Blocks));
        var shortId = RunIds.ShortId(run);

        await RefusedAsync(run, thread, $"certificate {shortId}\n{await lab.SignAsync(csr.Pem, intermediate: true, "self-signed")}", "is self-signed");
        await RefusedAsync(run, thread, $"certificate {shortId} the CA will send it tomorrow", "the answer holds no PEM certificate");
        var right = await lab.SignAsync(csr.Pem, intermediate: true);
        using var key = RSA.Create(2048);
        await RefusedAsync(run, thread, $"certificate {shortId}\n{right}\n{key.ExportPkcs8PrivateKeyPem()}", "it holds a private key");
        Assert.Equal(before.Serial, (await CupXmppAsync()).Serial);

        // The right answer as a file shared in the thread, with the mention: fetched from url_private with the bot token.
        slack.Files["imp-sub2-signed.pem"] = right;
        await EventAsync(SlackPayloads.FileShare(NextEvent(), Requester, Channel, "1700000100.000900", $"<@{SlackPayloads.BotUser}> certificate {shortId}",
            "imp-sub2-signed.pem", slack.FileUrl("imp-sub2-signed.pem"), right.Length, thread));
        await slack.WaitForAsync(c => Posted(c, thread) && c.Text.Contains("signed certificate accepted", StringComparison.Ordinal), "the acceptance");
        Assert.Equal(["Bearer xoxb-lab-token"], slack.FileAuthorizations);

        var install = await slack.WaitForAsync(c => Posted(c, thread) && c.AllText.Contains("Installs: imp-sub2", StringComparison.Ordinal), "the installation approval");
        Assert.Contains(CertificateFacts.FromPem(PemCertificates.Split(right)[0]).Sha256, install.AllText, StringComparison.Ordinal);
        Assert.Contains("Lab Issuing CA 1", install.AllText, StringComparison.Ordinal);
        await DecideUntilTheEndAsync(run, thread);

        Assert.Equal(RunState.Succeeded, (await bot.Engine.Runs.ShowAsync(run, default))!.Run.State);
        var after = await CupXmppAsync();
        Assert.NotEqual(before.Serial, after.Serial);
        Assert.Contains("Lab Issuing CA 1", after.Issuer, StringComparison.Ordinal);
        Assert.DoesNotContain(slack.Calls, c => c.Body.GetRawText().Contains(key.ExportPkcs8PrivateKeyPem().Split('\n')[1], StringComparison.Ordinal));
    }

    private async Task RefusedAsync(Guid run, string thread, string text, string reason)
    {
        var seen = slack.Calls.Count;
        await EventAsync(SlackPayloads.Mention(NextEvent(), Requester, Channel, $"1700000100.{200 + events:000000}", $"<@{SlackPayloads.BotUser}> {text}", thread));
        var refusal = await slack.WaitForAsync(c => slack.Calls.ToList().IndexOf(c) >= seen && Posted(c, thread) && c.Text.Contains(reason, StringComparison.Ordinal), $"the refusal '{reason}'");
        Assert.StartsWith("⛔", refusal.Text, StringComparison.Ordinal);
        var view = (await bot.Engine.Runs.ShowAsync(run, default))!;
        Assert.Contains(view.Gates, g => g.IsOpen && g.Kind == GateKind.Certificate);
        Assert.Empty(view.Run.RenewalOrEmpty.Certificates);
    }

    private async Task DecideUntilTheEndAsync(Guid run, string thread)
    {
        var decided = new HashSet<string>();
        var deadline = DateTimeOffset.UtcNow + RunTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (RunLifecycle.IsFinal((await bot.Engine.Runs.ShowAsync(run, default))!.Run.State))
            {
                return;
            }

            if (slack.Calls.FirstOrDefault(c => Posted(c, thread) && !decided.Contains(c.Ts!) && c.Buttons.Any(b => b.ActionId is "confirm" or "approve")) is { } ask)
            {
                decided.Add(ask.Ts!);
                await ClickAsync(SlackBot.Approver, ask, ask.Buttons.Any(b => b.ActionId == "confirm") ? "confirm" : "approve");
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"run {run} did not end: {(await bot.Engine.Runs.ShowAsync(run, default))!.Run.Attention}");
    }

    private string NextEvent() => $"Ev0RENEW{Interlocked.Increment(ref events):0000}";

    private async Task EventAsync(string body)
    {
        using var response = await bot.PostAsync("/slack/events", body, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static bool Posted(RecordedSlackCall call, string thread) => call.Method == "chat.postMessage" && call.ThreadTs == thread;

    private async Task ClickAsync(string user, RecordedSlackCall message, string actionId)
    {
        var value = message.Buttons.Single(b => b.ActionId == actionId).Value;
        using var response = await bot.PostAsync("/slack/interactivity", SlackPayloads.Click(user, Channel, message.Ts!, message.ThreadTs!, actionId, value), SlackPayloads.Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<CertificateInfo> CupXmppAsync()
    {
        var cluster = bot.Services.GetRequiredService<EngineOptions>().Clusters.Single(c => c.Name == Cluster);
        await using var session = await bot.Services.GetRequiredService<CiscoNodePort>().OpenAsync(NodeDirectory.ToRef(cluster, cluster.Nodes.Single(n => n.Name == "imp-sub2")), default);
        return await session.GetCertificateAsync(CertificateInfo.OwnStore, "cup-xmpp", "cup-xmpp.pem", default);
    }
}
