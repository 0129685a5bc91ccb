using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>
/// P9 multi-server on lab-east: one tomcat CSR on the CUCM publisher naming every CUCM and IM and Presence node, the
/// lab CA's answer through a two-level chain, the chain into every node's tomcat-trust before the certificate and
/// both before the restarts, publisher first; every wrong answer refused with its reason and no node changed.
/// </summary>
[Collection(RenewalLabGroup.Name)]
public sealed class MultiServerRenewTests(RenewalLab lab) : IDisposable
{
    private static readonly IReadOnlyList<string> Nodes = MultiServerRenewal.EastTomcatNodes;
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task RenewTomcat_MultiServer_WrongAnswersRefused_EndsSucceededWithOneNewCertificateOnEveryNode_ThenRegenerateAnswersWithTheRenewal()
    {
        var before = await certbot.InventoryAsync("lab-east");
        var logs = CommandLogs.Mark(lab.Inventory);
        var run = await certbot.RequestAsync("renew", "tomcat", "--cluster", "lab-east", "--distribution", "multi-server");
        var refusals = new Dictionary<string, string>();

        var done = await certbot.DriveAsync(run, async () =>
        {
            var csrDir = Path.Combine(certbot.Directory, "csr");
            var printed = await certbot.MustAsync("csr", run, "--out", csrDir);
            Assert.Contains("cucm-pub: subject CN=cucm-pub-ms.east.lab.example", printed.Output, StringComparison.Ordinal);
            Assert.Contains("SANs " + string.Join(", ", Nodes.Select(n => n + ".east.lab.example")), printed.Output, StringComparison.Ordinal);
            var csr = await File.ReadAllTextAsync(Path.Combine(csrDir, "cucm-pub.csr"));

            foreach (var flaw in (string[])["other-key", "missing-san", "expired", "incomplete-chain", "self-signed"])
            {
                refusals[flaw] = await RefusedAsync(run, await lab.SignAsync(csr, intermediate: true, flaw));
            }

            refusals["garbage"] = await RefusedAsync(run, "MIIB this is not a certificate\n-----BEGIN NOTHING-----\nzz\n");
            Assert.Equal(["cucm-pub: set csr gen tomcat"], ChangeOrder.Of(logs.Since()).Select(c => $"{c.Node}: {c.Command}"));

            var right = await certbot.ProvideAsync(run, await lab.SignAsync(csr, intermediate: true));
            Assert.True(right.ExitCode == 0, right.ToString());
        });

        Assert.Equal("Succeeded", done.State);
        Assert.Contains("the certificate's key does not match cucm-pub's CSR", refusals["other-key"], StringComparison.Ordinal);
        Assert.Contains("lacks the SAN(s) the CSR asked for: imp-sub2.east.lab.example", refusals["missing-san"], StringComparison.Ordinal);
        Assert.Contains("is not valid now", refusals["expired"], StringComparison.Ordinal);
        Assert.Contains("chain stops at 'Lab Issuing CA 1': add its issuer 'Lab Root CA'", refusals["incomplete-chain"], StringComparison.Ordinal);
        Assert.Contains("is self-signed", refusals["self-signed"], StringComparison.Ordinal);
        Assert.Contains("the answer holds no PEM certificate", refusals["garbage"], StringComparison.Ordinal);

        MultiServerRenewal.AssertOrder(logs.Since(), Nodes, "tomcat", "Cisco Tomcat");
        MultiServerRenewal.AssertInstalled(Tomcats(before), Tomcats(await certbot.InventoryAsync("lab-east")));

        // Every tomcat is CA-signed now: asking to regenerate it answers with this renewal instead of a refusal.
        var regenerate = await certbot.PlanAsync("regenerate", "tomcat", "--cluster", "lab-east");
        Assert.Equal("Renew", regenerate.GetProperty("request").GetProperty("kind").GetString());
        Assert.Contains(regenerate.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("text").GetString()!
            .StartsWith("tomcat on cucm-pub is CA-signed by CN=Lab Issuing CA 1", StringComparison.Ordinal));
        Assert.Contains(regenerate.GetProperty("steps").EnumerateArray(), s => s.GetProperty("title").GetString() == "Generate the multi-server tomcat CSR on cucm-pub");
    }

    public void Dispose() => certbot.Dispose();

    private static Dictionary<string, NodeCertificate> Tomcats(System.Text.Json.JsonElement inventory) => Nodes.ToDictionary(n => n, n =>
    {
        var certificates = LabInventoryJson.Certificates(inventory, n).ToList();
        var own = certificates.Single(c => c.GetProperty("store").GetString() == "own" && c.GetProperty("unit").GetString() == "tomcat");
        return new NodeCertificate(own.GetProperty("serial").GetString()!, own.GetProperty("issuer").GetString()!,
            [.. certificates.Where(c => c.GetProperty("store").GetString() == "tomcat-trust").Select(c => c.GetProperty("subject").GetString()!)]);
    });

    private async Task<string> RefusedAsync(string run, string answer)
    {
        var refused = await certbot.ProvideAsync(run, answer);
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Equal("AwaitingApproval", (await certbot.ShowAsync(run)).State);
        return refused.Output + refused.Error;
    }
}
