using CertBot.Engine.Planning;
using CertBot.Engine.Renewal;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Views;

/// <summary>The parts of a renewal's (P9) cards: the CSR card, and what the installation approval shows.</summary>
internal static class RenewalViews
{
    /// <summary>The CSR card of a run's certificate gate.</summary>
    public static CsrView Csr(Run run, Gate gate, string requestedBy, string? outcome)
    {
        var material = run.RenewalOrEmpty;
        var shortId = RunIds.ShortId(run.Id);
        var data = new Dictionary<string, string> { [ChatVerbs.RunKey] = run.Id.ToString("D"), [ChatVerbs.GateKey] = gate.Id.ToString("D") };
        var requests = SigningRequestFacts.Of(material);
        var how = $"Send the CSR{(requests.Count == 1 ? "" : "s")} to your CA, then answer in this thread: `@CertBot certificate {shortId}` followed by the signed " +
            "certificate and its chain up to the root (the PEM blocks, -----BEGIN CERTIFICATE----- …) in the same message, or with the PEM file attached " +
            $"where the platform gives files to bots (Slack; Teams personal chat). The requester or an approver of {run.Cluster} may answer; a wrong answer is " +
            $"refused with its reason and the run keeps waiting. Never send a private key. Command line: `certbot provide {shortId} --certificate <file> --chain <file> --as <you>`.";
        return new CsrView(run.Id, gate.Id, RunViews.Title(run), requestedBy, requests, [.. material.Certificates.Keys.Order(StringComparer.Ordinal)], how, outcome,
            outcome is null ? [new ViewAction("Cancel run", ChatVerbs.CancelRun, data, Destructive: true)] : []);
    }

    /// <summary>
    /// What the approval at <paramref name="stepIndex"/> will install: shown on the gates after the CA's answer and
    /// before the first import, the signed certificate(s) first, then the chain (issuing CAs, the root last).
    /// </summary>
    public static IReadOnlyList<InstalledCertificate> Installs(Run run, int stepIndex)
    {
        var steps = run.Plan.Steps;
        var awaits = steps.FirstOrDefault(s => s.Kind == StepKind.AwaitCertificate);
        if (awaits is null || awaits.Index > stepIndex || steps.Any(s => s.Kind == StepKind.ImportOwn && s.Index < stepIndex))
        {
            return [];
        }

        var material = run.RenewalOrEmpty;
        var multi = steps.Any(s => s.Kind == StepKind.GenerateCsr && s.MultiServer == true) ? " (multi-server)" : "";
        var store = steps.FirstOrDefault(s => s.Kind == StepKind.ImportChain)?.Store ?? "the trust store";
        var installs = material.Certificates.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new InstalledCertificate($"{c.Key}'s {awaits.Unit}{multi}", CertificateFacts.FromPem(c.Value))).ToList();
        installs.AddRange(material.Chain.Select((pem, i) =>
            new InstalledCertificate((i == material.Chain.Count - 1 ? "root CA" : "issuing CA") + $", into {store}", CertificateFacts.FromPem(pem))));
        return installs;
    }
}
