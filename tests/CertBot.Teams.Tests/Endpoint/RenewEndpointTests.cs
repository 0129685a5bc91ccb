using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CertBot.Cisco.Configuration;
using CertBot.Cisco.Nodes;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;
using CertBot.Teams.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Teams.Tests.Endpoint;

/// <summary>
/// P9 from a Teams thread on the lab, through the real <c>/api/messages</c> and the runner: <c>renew cup-xmpp on
/// lab-east single-node</c> plans imp-sub2's CA-signed cup-xmpp (the only CA-signed one); approved, the CSR card brings the CSR; every wrong answer pasted
/// after <c>certificate &lt;run&gt;</c> (other key, missing SAN, expired, incomplete chain, self-signed, garbage, a
/// private key, someone who may not answer) is refused with its reason and changes nothing; the right answer, the lab
/// CA's two-level chain sent as a file in a personal chat, is accepted; the installation approval shows what goes on
/// the node; the run ends Succeeded with a new certificate issued by the issuing CA.
/// </summary>
[Collection(SharedTeamsLab.Name)]
public sealed class RenewEndpointTests(TeamsLab lab) : IAsyncLifetime
{
    private const string OutsiderAad = "33333333-3333-3333-3333-333333333333";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, string> files = new();
    private readonly ConcurrentQueue<string> fileAuthorizations = new();
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;
    private LoopbackServer fileHost = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        fileHost = await LoopbackServer.StartAsync(app => app.MapGet("/files/{name}", (string name, HttpRequest request) =>
        {
            fileAuthorizations.Enqueue(request.Headers.Authorization.ToString());
            return files.TryGetValue(name, out var text) ? Results.Text(text, "application/octet-stream") : Results.NotFound();
        }));
        bot = await TeamsBotHost.StartAsync(lab, withRunner: true);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await fileHost.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task RenewCupXmpp_WrongAnswersRefusedWithTheirReasons_TheFileInAPersonalChatAccepted_EndsSucceeded()
    {
        var before = await CupXmppAsync("imp-sub2");
        await SayAsync("renew cup-xmpp on lab-east single-node");
        var plan = await PostedAsync(r => r.Body.Contains("Request approval", StringComparison.Ordinal), "the plan card");
        Assert.Contains("Renew the CA-signed cup-xmpp on lab-east (a CSR per node)", plan.Body, StringComparison.Ordinal);
        await ClickAsync(plan, "Request approval", TeamsBotHost.RequesterAad, "Rita Requester");
        var run = Assert.Single(await bot.Engine.Runs.ListAsync([], 10, default)).Id;
        var shortId = RunIds.ShortId(run);
        var first = await PostedAsync(r => r.Body.Contains("Approval needed", StringComparison.Ordinal) && r.Body.Contains(shortId, StringComparison.Ordinal), "the first approval");
        await ClickAsync(first, "Approve", TeamsBotHost.ApproverAad, "Alan Approver");

        // The CSR card: the PEM to copy, subject, SANs and key in words, how to answer; clean in Microsoft's renderer.
        var csrCard = await PostedAsync(r => r.Body.Contains("csr-imp-sub2", StringComparison.Ordinal), "the CSR card", RunTimeout, run: run);
        var card = JsonNode.Parse(csrCard.Body)!["attachments"]![0]!["content"]!;
        var csr = (string)card["body"]!.AsArray().Single(e => (string?)e!["id"] == "csr-imp-sub2")!["value"]!;
        Assert.Equal(csr, SigningRequestFacts.Of((await bot.Engine.Runs.ShowAsync(run, default))!.Run.RenewalOrEmpty).Single().Pem);
        Assert.Contains("CN=imp-sub2.east.lab.example", csrCard.Body, StringComparison.Ordinal);
        Assert.Contains("RSA 2048-bit", csrCard.Body, StringComparison.Ordinal);
        Assert.Contains($"certificate {shortId}", csrCard.Body, StringComparison.Ordinal);
        Assert.Empty((await AdaptiveCardsRenderer.CheckJsonAsync(new Dictionary<string, JsonNode> { ["csr"] = card.DeepClone() }))["csr"]);

        // Every wrong answer: refused with the validator's reason; the run keeps waiting; nothing changes on the node.
        foreach (var (flaw, reason) in new[]
        {
            ("other-key", "the certificate's key does not match imp-sub2's CSR"),
            ("missing-san", "lacks the SAN(s) the CSR asked for"),
            ("expired", "is not valid now"),
            ("incomplete-chain", "chain stops at 'Lab Issuing CA 1': add its issuer 'Lab Root CA'"),
            ("self-signed", "is self-signed"),
        })
        {
            await AnswerRefusedAsync(run, $"certificate {shortId} {await lab.SignAsync(csr, intermediate: true, flaw)}", reason);
        }

        await AnswerRefusedAsync(run, $"certificate {shortId} here it is, signed by our CA", "the answer holds no PEM certificate");
        var right = await lab.SignAsync(csr, intermediate: true);
        await AnswerRefusedAsync(run, $"certificate {shortId} {right}", "neither the requester nor an approver", OutsiderAad, "Olga Outsider");
        using var key = RSA.Create(2048);
        var keyLine = key.ExportPkcs8PrivateKeyPem().Split('\n')[1];
        await AnswerRefusedAsync(run, $"certificate {shortId} {right}{key.ExportPkcs8PrivateKeyPem()}", "it holds a private key");
        Assert.Equal(before.Serial, (await CupXmppAsync("imp-sub2")).Serial);

        // The right answer as a file sent to the bot in a personal chat: fetched without CertBot's credentials, accepted.
        files["imp-sub2.pem"] = right;
        await bot.PostAsync(PersonalFile(fileHost.Url("/files/imp-sub2.pem"), "imp-sub2.pem"));
        await PostedAsync(r => Text(r).Contains("signed certificate accepted", StringComparison.Ordinal), "the acceptance in the personal chat");
        Assert.All(fileAuthorizations, a => Assert.Equal("", a));

        // The installation approval names what goes on the node: issuer, subject, SANs, validity, fingerprints.
        var install = await PostedAsync(r => r.Body.Contains("Installs: imp-sub2", StringComparison.Ordinal), "the installation approval");
        var leaf = CertificateFacts.FromPem(PemCertificates.Split(right)[0]);
        Assert.Contains(leaf.Sha256, install.Body, StringComparison.Ordinal);
        Assert.Contains("Lab Issuing CA 1", install.Body, StringComparison.Ordinal);
        Assert.Contains("imp-sub2.east.lab.example", install.Body, StringComparison.Ordinal);
        Assert.Contains(leaf.Validity, install.Body, StringComparison.Ordinal);
        Assert.Contains(connector.Requests, r => r.Method == "PUT" && r.Body.Contains("Signed certificate provided by", StringComparison.Ordinal));
        await DecideUntilTheEndAsync(run, install);

        var done = (await bot.Engine.Runs.ShowAsync(run, default))!.Run;
        Assert.Equal(RunState.Succeeded, done.State);
        var after = await CupXmppAsync("imp-sub2");
        Assert.NotEqual(before.Serial, after.Serial);
        Assert.Contains("Lab Issuing CA 1", after.Issuer, StringComparison.Ordinal);

        // The pasted private key is nowhere: not in the store, not in anything the bot posted.
        Assert.DoesNotContain(connector.Requests, r => r.Body.Contains(keyLine, StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(bot.StorePath)!))
        {
            Assert.DoesNotContain(keyLine, Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }
    }

    /// <summary>An answer that must change nothing: the refusal names the reason, the run still waits for the certificate.</summary>
    private async Task AnswerRefusedAsync(Guid run, string text, string reason, string aad = TeamsBotHost.RequesterAad, string name = "Rita Requester")
    {
        var seen = connector.Requests.Count;
        await SayAsync(text, aad, name);
        var refusal = await PostedAsync(r => Text(r).Contains(reason, StringComparison.Ordinal), $"the refusal '{reason}'", from: seen);
        Assert.StartsWith("⛔", Text(refusal), StringComparison.Ordinal);
        var view = (await bot.Engine.Runs.ShowAsync(run, default))!;
        Assert.Equal(RunState.AwaitingApproval, view.Run.State);
        Assert.Contains(view.Gates, g => g.IsOpen && g.Kind == GateKind.Certificate);
        Assert.Empty(view.Run.RenewalOrEmpty.Certificates);
    }

    /// <summary>The later gates (installation, restarts, PRG high availability, the Jabber note) as they come, until the run ends.</summary>
    private async Task DecideUntilTheEndAsync(Guid run, RecordedRequest install)
    {
        var decided = new HashSet<string>();
        var next = install;
        var deadline = DateTimeOffset.UtcNow + RunTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (next is not null && decided.Add(next.AnsweredId!))
            {
                var actions = (await ViewAsync(next, TeamsBotHost.ApproverAad, "Alan Approver"))["actions"]!.AsArray();
                await ClickAsync(next, actions.Any(a => (string)a!["title"]! == "Done") ? "Done" : "Approve", TeamsBotHost.ApproverAad, "Alan Approver");
            }

            if (RunLifecycle.IsFinal((await bot.Engine.Runs.ShowAsync(run, default))!.Run.State))
            {
                return;
            }

            next = connector.Requests.FirstOrDefault(r => r.Method == "POST" && r.AnsweredId is not null && !decided.Contains(r.AnsweredId)
                && (r.Body.Contains("Approval needed", StringComparison.Ordinal) || r.Body.Contains("Confirmation needed", StringComparison.Ordinal)));
            await Task.Delay(200);
        }

        throw new TimeoutException($"run {run} did not end: {(await bot.Engine.Runs.ShowAsync(run, default))!.Run.Attention}");
    }

    private async Task SayAsync(string text, string aad = TeamsBotHost.RequesterAad, string name = "Rita Requester")
    {
        using var response = await bot.PostAsync(Activities.Message(connector.ServiceUrl, text, aad, name));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await bot.IdleAsync();
    }

    /// <summary>
    /// The card as this person sees it: once CertBot knows the approvers' Teams ids the shared card shows only the
    /// status, and Teams' automatic refresh gives each listed person their own view with their buttons.
    /// </summary>
    private async Task<JsonNode> ViewAsync(RecordedRequest cardPost, string aad, string name)
    {
        var card = JsonNode.Parse(cardPost.Body)!["attachments"]![0]!["content"]!;
        if (card["actions"] is JsonArray || card["refresh"]?["action"] is not JsonObject refresh)
        {
            return card;
        }

        var invoke = Activities.Execute(connector.ServiceUrl, cardPost.AnsweredId!, (JsonObject)refresh.DeepClone(), aad, name);
        invoke["value"]!["trigger"] = "automatic";
        using var response = await bot.PostAsync(invoke);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    private async Task ClickAsync(RecordedRequest cardPost, string title, string aad, string name)
    {
        var action = (JsonObject)(await ViewAsync(cardPost, aad, name))["actions"]!.AsArray().Single(a => (string)a!["title"]! == title)!.DeepClone();
        using var response = await bot.PostAsync(Activities.Execute(connector.ServiceUrl, cardPost.AnsweredId!, action, aad, name));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await bot.IdleAsync();
    }

    /// <summary>A file the requester sends the bot in their personal chat, as Teams delivers it.</summary>
    private JsonObject PersonalFile(Uri downloadUrl, string fileName)
    {
        var message = Activities.Message(connector.ServiceUrl, "", TeamsBotHost.RequesterAad, "Rita Requester");
        message["text"] = "";
        message.Remove("entities");
        message["conversation"] = new JsonObject { ["id"] = "a:1rita-personal", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" };
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/rita/Documents/" + fileName,
            ["name"] = fileName,
            ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl.ToString(), ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = "pem" },
        });
        return message;
    }

    private async Task<RecordedRequest> PostedAsync(Func<RecordedRequest, bool> match, string what, TimeSpan? timeout = null, int from = 0, Guid? run = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (connector.Requests.Skip(from).FirstOrDefault(r => r.Method == "POST" && match(r)) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        var journal = run is { } id ? string.Join(" / ", (await bot.Engine.Runs.ShowAsync(id, default))!.Journal.TakeLast(8).Select(j => $"{j.Kind}: {j.Message}")) : "";
        throw new TimeoutException($"{what} did not come; {journal}; the last posts: " +
            string.Join(" | ", connector.Requests.TakeLast(6).Select(r => $"{r.Method} {r.Body[..Math.Min(300, r.Body.Length)]}")));
    }

    private static string Text(RecordedRequest request) => (string?)JsonNode.Parse(request.Body)?["text"] ?? "";

    private async Task<CertificateInfo> CupXmppAsync(string node)
    {
        var cluster = bot.Services.GetRequiredService<EngineOptions>().Clusters.Single(c => c.Name == "lab-east");
        await using var session = await bot.Services.GetRequiredService<CiscoNodePort>().OpenAsync(NodeDirectory.ToRef(cluster, cluster.Nodes.Single(n => n.Name == node)), default);
        return await session.GetCertificateAsync(CertificateInfo.OwnStore, "cup-xmpp", "cup-xmpp.pem", default);
    }
}
