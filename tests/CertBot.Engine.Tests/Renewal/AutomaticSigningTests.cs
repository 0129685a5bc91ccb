using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Renewal;
using CertBot.Engine.Renewal.Authorities;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using CertBot.Engine.Tests.Fakes;
using CertBot.Engine.Tests.Runs;

namespace CertBot.Engine.Tests.Renewal;

/// <summary>
/// The runner asks the cluster's CA connector once when a renewal reaches "waiting for the signed certificate"
/// (imp-sub2's CSR already made): a validated answer closes the certificate gate as the connector and stops the run
/// at the installation approval, which the requester may not give; a connector that fails, leaves it to people or
/// answers for another key leaves the gate open with the reason journaled and in the attention line, and people's
/// answer is then taken as always; the manual default asks nobody.
/// </summary>
public sealed class AutomaticSigningTests : IDisposable
{
    private static readonly NodeRef Sub2 = new("lab-east", "imp-sub2", Product.Imp, NodeRole.Subscriber);
    private readonly TestAuthority ca = new(Certs.Now);
    private readonly (string Csr, System.Security.Cryptography.RSA Key) csr = TestAuthority.Csr("imp-sub2.east.example", "imp-sub2.east.example");

    [Fact]
    public async Task ARightAnswer_ClosesTheCertificateGateAsTheConnector_TheRunStopsAtTheInstallationApproval()
    {
        var connector = new ScriptedAuthority(_ => SigningAnswer.Issued(ca.Sign(csr.Csr) + ca.IssuingPem + ca.RootPem));
        var (h, id) = await WaitingAsync(connector);

        var run = await h.RunAsync(id);
        Assert.Equal(RunState.AwaitingApproval, run.State);
        Assert.Equal(3, run.NextStep);
        Assert.True(run.RenewalOrEmpty.IsAnswered);
        var order = Assert.Single(connector.Orders);
        Assert.Equal(("lab-east", "cup-xmpp", id), (order.Cluster, order.Unit, order.RunId));
        Assert.Equal("imp-sub2", Assert.Single(order.Requests).Node);
        var gates = await h.Store.GatesOfAsync(id, default);
        Assert.Contains(gates, g => g.Kind == GateKind.Certificate && g.State == GateState.Approved && g.DecidedBy == "connector:test-ca");
        Assert.Contains(await h.JournalAsync(id), j => j.Kind == JournalKind.CertificateProvided && j.Message.StartsWith("signed certificate provided by the CA connector 'test-ca'", StringComparison.Ordinal));
        var own = await h.ApproveAsync(id, EngineHarness.Alice);
        Assert.Equal(AnswerKind.Refused, own.Kind);
        Assert.Equal(GateKind.Approval, (await h.OpenGateAsync(id)).Kind);
    }

    [Theory]
    [InlineData("throws", "the CA connector 'test-ca' failed (InvalidOperationException: the CA is down)")]
    [InlineData("manual", "the CA connector 'test-ca' leaves it to people: a CA officer must approve the request")]
    [InlineData("other-key", "the answer of the CA connector 'test-ca' is refused: the certificate's key does not match imp-sub2's CSR")]
    public async Task AFailureAManualAnswerOrAWrongOne_LeavesTheGateOpenWithTheReason_ThenPeoplesAnswerIsTaken(string flaw, string reason)
    {
        using var other = System.Security.Cryptography.RSA.Create(2048);
        var connector = new ScriptedAuthority(_ => flaw switch
        {
            "throws" => throw new InvalidOperationException("the CA is down"),
            "manual" => SigningAnswer.Manual("a CA officer must approve the request"),
            _ => SigningAnswer.Issued(ca.Sign(csr.Csr, otherKey: other) + ca.IssuingPem + ca.RootPem),
        });
        var (h, id) = await WaitingAsync(connector);

        var run = await h.RunAsync(id);
        Assert.Equal(GateKind.Certificate, (await h.OpenGateAsync(id)).Kind);
        Assert.Empty(run.RenewalOrEmpty.Certificates);
        Assert.Contains(reason, run.Attention, StringComparison.Ordinal);
        Assert.StartsWith("waiting for the signed certificate", run.Attention, StringComparison.Ordinal);
        Assert.Contains(await h.JournalAsync(id), j => j.Kind == JournalKind.Refused && j.Message == reason + "; waiting for the answer in the run's thread");

        var provided = await h.Decisions.DecideAsync(new Decision(RunAction.Provide, id, EngineHarness.Alice)
        {
            Certificate = ca.Sign(csr.Csr) + ca.IssuingPem + ca.RootPem,
        }, default);
        Assert.Equal(AnswerKind.Done, provided.Kind);
        await h.WorkAsync();
        Assert.Equal(GateKind.Approval, (await h.OpenGateAsync(id)).Kind);
        Assert.Single(connector.Orders);
    }

    [Fact]
    public async Task TheManualDefault_AsksNobody_AndSaysNothingMore()
    {
        var connector = new ScriptedAuthority(_ => throw new InvalidOperationException("never asked"));
        var (h, id) = await WaitingAsync(connector, name: "manual");

        var run = await h.RunAsync(id);
        Assert.Empty(connector.Orders);
        Assert.Equal(GateKind.Certificate, (await h.OpenGateAsync(id)).Kind);
        Assert.DoesNotContain(await h.JournalAsync(id), j => j.Kind == JournalKind.Refused);
        Assert.DoesNotContain("connector", run.Attention, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        csr.Key.Dispose();
        ca.Dispose();
    }

    /// <summary>
    /// A renewal of imp-sub2's cup-xmpp requested by alice and approved by bob, its CSR made (the fake nodes make no
    /// real CSRs, so the step is recorded done with a real one), then worked until it waits at the certificate gate.
    /// </summary>
    private async Task<(EngineHarness Harness, Guid Run)> WaitingAsync(ScriptedAuthority connector, string name = "test-ca")
    {
        var h = new EngineHarness(lab => lab.East = lab.East with { CertificateAuthority = name }, authorities: [connector]);
        var plan = new PlanBuilder();
        plan.Gate("Approve: renew cup-xmpp on imp-sub2");
        plan.Add(new PlanStep(0, StepKind.GenerateCsr, Sub2, "Generate the cup-xmpp CSR on imp-sub2", "set csr gen cup-xmpp", false, TimeSpan.FromMinutes(1),
            Unit: "cup-xmpp", ExpectedNames: ["imp-sub2.east.example"], MultiServer: false));
        plan.Add(new PlanStep(0, StepKind.AwaitCertificate, null, "Waiting for the signed certificate", "the CA's signed cup-xmpp certificate", false, TimeSpan.FromHours(1), Unit: "cup-xmpp"));
        plan.Gate("Approve the installation of the signed cup-xmpp certificate");
        plan.Add(new PlanStep(0, StepKind.ImportOwn, Sub2, "Import the signed cup-xmpp certificate on imp-sub2", "set cert import own cup-xmpp", false, TimeSpan.FromMinutes(1), Unit: "cup-xmpp"));
        var id = (await h.Runs.RequestAsync(plan.Build(ProcedureRequest.Renew("lab-east", UnitCatalog.CupXmpp, false), Certs.Now), EngineHarness.Alice, default)).Run!.Id;
        Assert.Equal(AnswerKind.Done, (await h.ApproveAsync(id, EngineHarness.Bob)).Kind);
        var approved = await h.RunAsync(id);
        await h.Store.CommitAsync(new RunChange(approved, Certs.Now)
            .Update(r => r.WithStep(r.Steps[1] with { Status = StepStatus.Succeeded }) with { NextStep = 2, Rechecked = true, Renewal = RenewalMaterial.Empty.WithCsr("imp-sub2", csr.Csr) })
            .ToUpdate(), default);
        await h.WorkAsync();
        return (h, id);
    }

    private sealed class ScriptedAuthority(Func<SigningOrder, SigningAnswer> answer) : ICertificateAuthority
    {
        public List<SigningOrder> Orders { get; } = [];

        public string Name => "test-ca";

        public Task<SigningAnswer> SignAsync(SigningOrder order, CancellationToken cancellationToken)
        {
            Orders.Add(order);
            return Task.FromResult(answer(order));
        }
    }
}
