using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Tests.Support;

/// <summary>
/// Renewal (P9) runs as the engine keeps them, for view and rendering tests: a plan with the P9 steps, real CSRs
/// (RSA 2048, one per node or one multi-server CSR naming every node) and, once answered, certificates a two-level
/// test CA signed for them. Linked into the Teams and Slack test projects too.
/// </summary>
public static class RenewalRuns
{
    public static readonly DateTimeOffset Now = new(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);

    /// <summary>A run of <paramref name="nodes"/> IM and Presence nodes waiting for the CA's answer, and its certificate gate.</summary>
    public static (RunView View, Gate Gate) Waiting(int nodes, bool multiServer)
    {
        var (run, keys) = Generated(nodes, multiServer);
        var awaits = run.Plan.Steps.Single(s => s.Kind == StepKind.AwaitCertificate).Index;
        foreach (var key in keys)
        {
            key.Dispose();
        }

        var gate = new Gate(Guid.NewGuid(), run.Id, awaits, GateKind.Certificate, run.Plan.Hash, "Waiting for the signed certificate", Now, DateTimeOffset.MaxValue);
        return (new RunView(run with { NextStep = awaits }, [gate], [], []), gate);
    }

    /// <summary>The same run after the CA's answer was accepted: the installation approval is open.</summary>
    public static (RunView View, Gate Gate) Answered(int nodes, bool multiServer)
    {
        var (run, keys) = Generated(nodes, multiServer);
        using var root = Authority("CertBot Test Root CA", null);
        using var issuing = Authority("CertBot Test Issuing CA", root);
        var material = run.RenewalOrEmpty;
        var certificates = material.Csrs.ToDictionary(c => c.Key, c => Sign(c.Value, issuing));
        run = run with { Renewal = material with { Certificates = certificates, Chain = [Pem(issuing), Pem(root)] } };
        foreach (var key in keys)
        {
            key.Dispose();
        }

        var installIndex = run.Plan.Steps.Single(s => s.Kind == StepKind.AwaitCertificate).Index + 1;
        var gate = new Gate(Guid.NewGuid(), run.Id, installIndex, GateKind.Approval, run.Plan.Hash, run.Plan.Steps[installIndex].Title, Now, Now.AddHours(4));
        return (new RunView(run with { NextStep = installIndex }, [gate], [], []), gate);
    }

    private static (Run Run, List<RSA> Keys) Generated(int nodes, bool multiServer)
    {
        var all = Enumerable.Range(0, nodes).Select(i => new NodeRef("lab-east", i == 0 ? "imp-pub" : string.Create(CultureInfo.InvariantCulture, $"imp-sub{i}"),
            Product.Imp, i == 0 ? NodeRole.Publisher : NodeRole.Subscriber)).ToList();
        var fqdns = all.Select(n => n.Name + ".east.lab.example").ToList();
        var csrNodes = multiServer ? all.Take(1).ToList() : all;
        var plan = new PlanBuilder();
        plan.Gate("Approve: renew cup-xmpp on " + string.Join(", ", all.Select(n => n.Name)));
        foreach (var node in csrNodes)
        {
            plan.Add(new PlanStep(0, StepKind.GenerateCsr, node, $"Generate the cup-xmpp CSR on {node.Name}", "set csr gen cup-xmpp", false, TimeSpan.FromMinutes(1),
                Unit: "cup-xmpp", ExpectedNames: multiServer ? fqdns : [node.Name + ".east.lab.example"], MultiServer: multiServer));
        }

        plan.Add(new PlanStep(0, StepKind.AwaitCertificate, null, "Waiting for the signed certificate", "the CA's signed cup-xmpp certificate", false, TimeSpan.FromHours(1), Unit: "cup-xmpp"));
        plan.Gate("Approve the installation of the signed cup-xmpp certificate");
        foreach (var node in all)
        {
            plan.Add(new PlanStep(0, StepKind.ImportChain, node, $"Import the CA chain into cup-xmpp-trust on {node.Name}", "set cert import trust cup-xmpp", false,
                TimeSpan.FromMinutes(1), Unit: "cup-xmpp", Store: "cup-xmpp-trust"));
        }

        foreach (var node in csrNodes)
        {
            plan.Add(new PlanStep(0, StepKind.ImportOwn, node, $"Import the signed cup-xmpp certificate on {node.Name}", "set cert import own cup-xmpp", false,
                TimeSpan.FromMinutes(1), Unit: "cup-xmpp"));
        }

        var built = plan.Build(ProcedureRequest.Renew("lab-east", UnitCatalog.CupXmpp, multiServer), Now);
        var keys = new List<RSA>();
        var material = RenewalMaterial.Empty;
        foreach (var node in csrNodes)
        {
            var key = RSA.Create(2048);
            keys.Add(key);
            var request = new CertificateRequest($"CN={node.Name}.east.lab.example, OU=Voice, O=Example, L=Zurich, ST=ZH, C=CH", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            foreach (var name in multiServer ? fqdns : [node.Name + ".east.lab.example"])
            {
                names.AddDnsName(name);
            }

            request.CertificateExtensions.Add(names.Build());
            material = material.WithCsr(node.Name, request.CreateSigningRequestPem());
        }

        return (Run.Create(Guid.NewGuid(), built, "aad:11111111-1111-1111-1111-111111111111", Now) with { State = RunState.AwaitingApproval, Renewal = material }, keys);
    }

    private static X509Certificate2 Authority(string name, X509Certificate2? issuer)
    {
        // Not disposed: the authority certificate signs with it until the test ends.
        var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        if (issuer is null)
        {
            return request.CreateSelfSigned(Now.AddDays(-1), Now.AddYears(10));
        }

        using var signed = request.Create(issuer, Now.AddDays(-1), Now.AddYears(5), RandomNumberGenerator.GetBytes(12));
        return signed.CopyWithPrivateKey(key);
    }

    private static string Sign(string csr, X509Certificate2 issuer)
    {
        var request = CertificateRequest.LoadSigningRequestPem(csr, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions, RSASignaturePadding.Pkcs1);
        using var signed = request.Create(issuer, Now.AddDays(-1), Now.AddYears(2), RandomNumberGenerator.GetBytes(12));
        return Pem(signed);
    }

    private static string Pem(X509Certificate2 certificate) => certificate.ExportCertificatePem() + "\n";
}
