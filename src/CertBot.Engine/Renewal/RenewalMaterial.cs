namespace CertBot.Engine.Renewal;

/// <summary>
/// What a renewal (P9) gathers while it runs, kept with the run: the CSR each node made, and the CA's answer once
/// validated: the signed certificate per CSR node and the CA chain (PEM, root last). Public material only: the
/// private keys never leave the nodes.
/// </summary>
/// <param name="Csrs">CSR (PEM) by the name of the node that generated it.</param>
/// <param name="Certificates">Validated signed certificate (PEM) by the name of the node whose CSR it answers.</param>
/// <param name="Chain">The validated CA certificates (PEM), issuing CAs first, root last.</param>
public sealed record RenewalMaterial(
    IReadOnlyDictionary<string, string> Csrs,
    IReadOnlyDictionary<string, string> Certificates,
    IReadOnlyList<string> Chain)
{
    public static RenewalMaterial Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>(), []);

    /// <summary>Every CSR has its signed certificate.</summary>
    public bool IsAnswered => Csrs.Count > 0 && Csrs.Keys.All(Certificates.ContainsKey);

    /// <summary>The CSR nodes still waiting for their certificate.</summary>
    public IReadOnlyList<string> Unanswered => Csrs.Keys.Where(n => !Certificates.ContainsKey(n)).Order(StringComparer.Ordinal).ToList();

    public RenewalMaterial WithCsr(string node, string csrPem) =>
        this with { Csrs = new Dictionary<string, string>(Csrs) { [node] = csrPem }, Certificates = Certificates.Where(c => c.Key != node).ToDictionary() };
}
