using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;
using CertBot.Teams.Tests.Support;
using CertBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

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
    private readonly ConcurrentDictionary<string, string> files = new();
    private readonly ConcurrentQueue<string> fileAuthorizations = new();
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;
    private LoopbackServer fileHost = null!;
    private TeamsRenewalThread thread = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        fileHost = await LoopbackServer.StartAsync(app => app.MapGet("/files/{name}", (string name, HttpRequest request) =>
        {
            fileAuthorizations.Enqueue(request.Headers.Authorization.ToString());
            return files.TryGetValue(name, out var text) ? Results.Text(text, "application/octet-stream") : Results.NotFound();
        }));
        bot = await TeamsBotHost.StartAsync(lab, withRunner: true);
        thread = new TeamsRenewalThread(bot, connector);
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
        var before = await LabNodeCertificates.OwnAsync(bot.Services, "lab-east", "imp-sub2", "cup-xmpp");
        var (run, plan) = await thread.StartAsync("renew cup-xmpp on lab-east single-node");
        Assert.Contains("Renew the CA-signed cup-xmpp on lab-east (a CSR per node)", plan.Body, StringComparison.Ordinal);
        var shortId = RunIds.ShortId(run);

        // The CSR card: the PEM to copy, subject, SANs and key in words, how to answer; clean in Microsoft's renderer.
        var csrCard = await thread.PostedAsync(r => r.Body.Contains("csr-imp-sub2", StringComparison.Ordinal), "the CSR card", TeamsRenewalThread.RunTimeout, run: run);
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
            await thread.AnswerRefusedAsync(run, $"certificate {shortId} {await lab.SignAsync(csr, intermediate: true, flaw)}", reason);
        }

        await thread.AnswerRefusedAsync(run, $"certificate {shortId} here it is, signed by our CA", "the answer holds no PEM certificate");
        var right = await lab.SignAsync(csr, intermediate: true);
        await thread.AnswerRefusedAsync(run, $"certificate {shortId} {right}", "neither the requester nor an approver", OutsiderAad, "Olga Outsider");
        using var key = RSA.Create(2048);
        var keyLine = key.ExportPkcs8PrivateKeyPem().Split('\n')[1];
        await thread.AnswerRefusedAsync(run, $"certificate {shortId} {right}{key.ExportPkcs8PrivateKeyPem()}", "it holds a private key");
        Assert.Equal(before.Serial, (await LabNodeCertificates.OwnAsync(bot.Services, "lab-east", "imp-sub2", "cup-xmpp")).Serial);

        // The right answer as a file sent to the bot in a personal chat: fetched without CertBot's credentials, accepted.
        files["imp-sub2.pem"] = right;
        await bot.PostAsync(PersonalFile(fileHost.Url("/files/imp-sub2.pem"), "imp-sub2.pem"));
        await thread.PostedAsync(r => TeamsRenewalThread.Text(r).Contains("signed certificate accepted", StringComparison.Ordinal), "the acceptance in the personal chat");
        Assert.All(fileAuthorizations, a => Assert.Equal("", a));

        // The installation approval names what goes on the node: issuer, subject, SANs, validity, fingerprints.
        var install = await thread.PostedAsync(r => r.Body.Contains("Installs: imp-sub2", StringComparison.Ordinal), "the installation approval");
        var leaf = CertificateFacts.FromPem(PemCertificates.Split(right)[0]);
        Assert.Contains(leaf.Sha256, install.Body, StringComparison.Ordinal);
        Assert.Contains("Lab Issuing CA 1", install.Body, StringComparison.Ordinal);
        Assert.Contains("imp-sub2.east.lab.example", install.Body, StringComparison.Ordinal);
        Assert.Contains(leaf.Validity, install.Body, StringComparison.Ordinal);
        Assert.Contains(connector.Requests, r => r.Method == "PUT" && r.Body.Contains("Signed certificate provided by", StringComparison.Ordinal));
        Assert.Equal(RunState.Succeeded, await thread.DecideUntilTheEndAsync(run));
        var after = await LabNodeCertificates.OwnAsync(bot.Services, "lab-east", "imp-sub2", "cup-xmpp");
        Assert.NotEqual(before.Serial, after.Serial);
        Assert.Contains("Lab Issuing CA 1", after.Issuer, StringComparison.Ordinal);

        // The pasted private key is nowhere: not in the store, not in anything the bot posted.
        Assert.DoesNotContain(connector.Requests, r => r.Body.Contains(keyLine, StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(bot.StorePath)!))
        {
            Assert.DoesNotContain(keyLine, Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }
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
}
