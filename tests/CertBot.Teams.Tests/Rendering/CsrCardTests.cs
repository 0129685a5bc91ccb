using CertBot.Chat;
using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;
using CertBot.Teams.Cards;
using CertBot.Teams.Rendering;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Rendering;

/// <summary>
/// The renewal's cards as the delivery builds them from a run: the CSR card (PEM to copy, subject, SANs, key, how to
/// answer) and the installation approval (issuer, subject, SANs, validity, fingerprints), for ten nodes single-node
/// and multi-server: within Teams' size limit and clean in Microsoft's renderer.
/// </summary>
public sealed class CsrCardTests
{
    private readonly RunViews views = new(new People());

    [Theory]
    [InlineData(10, false)]
    [InlineData(10, true)]
    [InlineData(1, false)]
    public async Task CsrCard_ShowsEveryCsrToCopy_FitsTeams_AndRendersClean(int nodes, bool multiServer)
    {
        var (run, gate) = RenewalRuns.Waiting(nodes, multiServer);

        var view = Assert.IsType<CsrView>(views.GateMessage(run, gate));
        var card = TeamsCardRenderer.Render(view)!;

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxBytes - 1);
        var json = CardJson.ToNode(card);
        var inputs = json["body"]!.AsArray().Where(e => (string)e!["type"]! == "Input.Text").ToList();
        var csrs = SigningRequestFacts.Of(run.Run.RenewalOrEmpty);
        Assert.Equal(multiServer ? 1 : nodes, inputs.Count);
        Assert.All(csrs, csr => Assert.Contains(inputs, i => (string)i!["value"]! == csr.Pem && (bool)i["isMultiline"]!));
        var text = json.ToJsonString();
        Assert.Contains("RSA 2048-bit", text, StringComparison.Ordinal);
        Assert.Contains("CN=imp-pub.east.lab.example", text, StringComparison.Ordinal);
        Assert.Contains($"certificate {RunIds.ShortId(run.Run.Id)}", text, StringComparison.Ordinal);
        if (multiServer)
        {
            Assert.Contains(string.Join(", ", Enumerable.Range(1, nodes - 1).Select(i => $"imp-sub{i}.east.lab.example")), text, StringComparison.Ordinal);
        }

        // Cancel run sends none of the CSR fields back.
        var cancel = json["actions"]!.AsArray().Single()!;
        Assert.Equal("cancelRun", (string)cancel["verb"]!);
        Assert.Equal("none", (string)cancel["associatedInputs"]!, ignoreCase: true);
        var results = await AdaptiveCardsRenderer.CheckAsync(new Dictionary<string, AdaptiveCard> { ["csr"] = card });
        Assert.Empty(results["csr"]);
    }

    [Fact]
    public async Task AnsweredCsrCard_SaysWhoProvided_WithoutButtons()
    {
        var (run, gate) = RenewalRuns.Waiting(2, false);
        var decided = gate.Decide(GateState.Approved, "aad:22222222-2222-2222-2222-222222222222", RenewalRuns.Now);
        var after = run with { Run = run.Run with { State = RunState.Running }, Gates = [decided] };

        var view = Assert.IsType<CsrView>(views.GateMessage(after, decided));
        var card = TeamsCardRenderer.Render(view)!;

        Assert.False(view.IsOpen);
        Assert.Null(card.Actions);
        Assert.Contains("Signed certificate provided by", CardJson.Serialize(card), StringComparison.Ordinal);
        Assert.Empty((await AdaptiveCardsRenderer.CheckAsync(new Dictionary<string, AdaptiveCard> { ["answered"] = card }))["answered"]);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(10, true)]
    public async Task InstallationApproval_ShowsIssuerSubjectSansValidityAndFingerprints_OfEveryCertificateAndTheChain(int nodes, bool multiServer)
    {
        var (run, gate) = RenewalRuns.Answered(nodes, multiServer);

        var view = Assert.IsType<GateView>(views.GateMessage(run, gate));
        var card = TeamsCardRenderer.Render(view)!;

        var material = run.Run.RenewalOrEmpty;
        var text = CardJson.Serialize(card);
        Assert.Equal(material.Certificates.Count + 2, view.Installs!.Count);
        foreach (var pem in material.Certificates.Values.Concat(material.Chain))
        {
            var facts = CertificateFacts.FromPem(pem);
            Assert.Contains(facts.Sha256, text, StringComparison.Ordinal);
            Assert.Contains(facts.Validity, text, StringComparison.Ordinal);
            Assert.Contains(facts.Serial, text, StringComparison.Ordinal);
        }

        Assert.Contains("CertBot Test Issuing CA", text, StringComparison.Ordinal);
        Assert.Contains("root CA, into cup-xmpp-trust", text, StringComparison.Ordinal);
        Assert.Contains("imp-sub9.east.lab.example", text, StringComparison.Ordinal);
        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxBytes - 1);
        Assert.Equal(["Approve", "Reject"], CardJson.ToNode(card)["actions"]!.AsArray().Select(a => (string)a!["title"]!));
        Assert.Empty((await AdaptiveCardsRenderer.CheckAsync(new Dictionary<string, AdaptiveCard> { ["install"] = card }))["install"]);
    }

    [Fact]
    public void ApprovalBeforeTheCsrs_ShowsNoCertificate()
    {
        var (run, _) = RenewalRuns.Waiting(2, false);
        var first = new Gate(Guid.NewGuid(), run.Run.Id, 0, GateKind.Approval, run.Run.Plan.Hash, run.Run.Plan.Steps[0].Title, RenewalRuns.Now, RenewalRuns.Now.AddHours(4));

        var view = Assert.IsType<GateView>(views.GateMessage(run, first));

        Assert.Empty(view.Installs!);
    }
}
