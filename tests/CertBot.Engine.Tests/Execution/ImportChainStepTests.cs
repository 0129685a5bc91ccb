using System.Security.Cryptography;
using CertBot.Engine.Execution;
using CertBot.Engine.Execution.Steps;
using CertBot.Engine.Planning;
using CertBot.Engine.Renewal;
using CertBot.Engine.Tests.Fakes;
using CertBot.Engine.Tests.Renewal;

namespace CertBot.Engine.Tests.Execution;

/// <summary>P9's chain import: a CA already in the target store is skipped; the same CA in another store is not the target's.</summary>
public sealed class ImportChainStepTests : IDisposable
{
    private readonly FakeLab lab = new();
    private readonly TestAuthority authority = new(Certs.Now);

    [Fact]
    public async Task RootInTomcatTrustOnly_IsStillImportedIntoCallManagerTrust_TheIssuingCaAlreadyThereIsSkipped()
    {
        var node = lab["cucm-pub"];
        node.Trust.Add(Entry("tomcat-trust", authority.Root));
        node.Trust.Add(Entry("CallManager-trust", authority.Issuing));

        var result = await ImportAsync("cucm-pub", "CallManager");

        Assert.Equal(["cucm-pub: set cert import trust CallManager"], lab.Port.Changes);
        Assert.Contains(node.Trust, c => c.Store == "CallManager-trust" && c.Subject == authority.Root.Subject);
        Assert.Equal("CallManager-trust on cucm-pub: imported Test Root CA as CallManager-trust/Test Root CA.pem; already there: Test Issuing CA 2", result.Detail);
    }

    public void Dispose() => authority.Dispose();

    private async Task<StepResult> ImportAsync(string nodeName, string unit)
    {
        var step = new PlanStep(0, StepKind.ImportChain, lab[nodeName].Ref, $"Import the CA chain into {unit}-trust on {nodeName}",
            $"set cert import trust {unit}", false, TimeSpan.FromSeconds(30), Unit: unit, Store: unit + "-trust");
        var chain = new[] { authority.Issuing, authority.Root }.Select(c => c.ExportCertificatePem() + "\n").ToList();
        await using var sessions = new RunSessions(lab.Port);
        var context = new StepContext(step, sessions, lab.Options, lab.Secrets, null, new SecretMasker())
        {
            Renewal = RenewalMaterial.Empty with { Chain = chain },
        };
        return await new ImportChainStep().ExecuteAsync(context, CancellationToken.None);
    }

    private static Engine.Model.CertificateInfo Entry(string store, System.Security.Cryptography.X509Certificates.X509Certificate2 ca) =>
        Certs.Trust(store, "existing.pem", ca.Subject, ca.SerialNumber, ca.NotAfter) with { Sha256Thumbprint = ca.GetCertHashString(HashAlgorithmName.SHA256) };
}
