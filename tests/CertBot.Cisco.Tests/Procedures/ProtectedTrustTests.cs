using CertBot.Cisco.Tests.Lab;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Cisco.Tests.Procedures;

/// <summary>P6 against the lab: trust that still matters is never deleted, whatever the request names.</summary>
[Collection(SharedCiscoLab.Name)]
public sealed class ProtectedTrustTests(CiscoLab lab)
{
    [Fact]
    public async Task NamedCopyOfThePublishersCurrentIpsec_IsRefusedWithTheReason()
    {
        using var planning = new LabPlanning(lab);
        var copy = await TrustFileAsync(planning, "lab-east", "cucm-sub1", "ipsec-trust", "CN=cucm-pub.east.lab.example");

        var plan = await planning.PlanAsync(ProcedureRequest.PurgeTrust("lab-east", trustFiles: [copy]));

        // Every subscriber (Unified CM and IM and Presence) holds the copy: each is refused.
        Assert.Equal(["cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], plan.Blockers.Select(b => b.Split(" on ")[1].Split(' ')[0]));
        Assert.All(plan.Blockers, b => Assert.Contains($"{copy} on ", b, StringComparison.Ordinal));
        Assert.All(plan.Blockers, b => Assert.Contains("is not deleted: it is the copy of the Unified CM publisher's current ipsec.pem", b, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, s => s.Kind == StepKind.DeleteTrust);
    }

    [Fact]
    public async Task StaleIpsecCopy_IsNotProtected_OnlyTheCurrentOneIs()
    {
        // lab-west/cucm-sub1 holds an older copy of the publisher's ipsec.pem (same subject, other serial).
        using var planning = await LabPlanning.OnLabWestAsync(lab);
        var stale = await TrustFileAsync(planning, "lab-west", "cucm-sub1", "ipsec-trust", "CN=cucm-pub.west.lab.example");

        var plan = await planning.PlanAsync(ProcedureRequest.PurgeTrust("lab-west", trustFiles: [stale]));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.Contains(plan.Steps, s => s.Kind == StepKind.DeleteTrust && s.Node!.Name == "cucm-sub1" && $"{s.Store}/{s.File}" == stale);
    }

    [Fact]
    public async Task NamedCaThatSignedAnIdentityCertificate_IsRefusedNamingThatCertificate()
    {
        // imp-sub2's cup-xmpp is signed by the lab CA, which every IM/P node holds in cup-xmpp-trust.
        using var planning = new LabPlanning(lab);
        var ca = await TrustFileAsync(planning, "lab-east", "imp-pub", "cup-xmpp-trust", "CN=Lab Root CA");

        var plan = await planning.PlanAsync(ProcedureRequest.PurgeTrust("lab-east", trustFiles: [ca]));

        Assert.Equal(3, plan.Blockers.Count);
        Assert.All(plan.Blockers, b => Assert.Contains("the CA that signed cup-xmpp on imp-sub2", b, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, s => s.Kind == StepKind.DeleteTrust);
    }

    [Fact]
    public async Task CallManagerTrustDeletion_RestartsCallManager_MarkedServiceImpactingWithItsOwnWarning()
    {
        // lab-east/cucm-sub1 holds an expired CallManager-trust certificate.
        using var planning = new LabPlanning(lab);

        var plan = await planning.PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        var restart = Assert.Single(plan.Steps, s => s.Service == Services.CallManager);
        Assert.Equal("Restart Cisco CallManager on cucm-sub1", restart.Title);
        Assert.True(restart.ServiceImpacting);
        var warning = Assert.Single(plan.Warnings, w => w.StartsWith("Phones:", StringComparison.Ordinal));
        Assert.Contains("Cisco CallManager restarts on cucm-sub1", warning, StringComparison.Ordinal);
    }

    private static async Task<string> TrustFileAsync(LabPlanning planning, string cluster, string node, string store, string subject)
    {
        await using var session = await planning.Connection.OpenAsync(cluster, node);
        var trust = await session.ListCertificatesAsync(trust: true, CancellationToken.None);
        var entry = Assert.Single(trust, c => c.Store == store && c.Subject.StartsWith(subject, StringComparison.Ordinal));
        return $"{entry.Store}/{entry.File}";
    }
}
