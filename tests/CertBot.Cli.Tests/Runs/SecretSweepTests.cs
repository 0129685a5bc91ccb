using System.Text.Json.Nodes;
using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// The sweep every workspace runs when it ends (node, SFTP and bulk-file passwords in certbot's output, the
/// store and the nodes' command logs): it finds a planted password, and a P8 exchange (the procedure that
/// types the most secrets: node logins, the SFTP password, the bulk files' password) leaves none.
/// </summary>
[Collection(RunsLabGroup.Name)]
public sealed class SecretSweepTests(RunsLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public void Sweep_FindsAPasswordPrintedByCertbot()
    {
        var sweep = new SecretSweep(lab.Inventory, certbot.ConfigPath);
        var sftp = JsonNode.Parse(File.ReadAllText(certbot.ConfigPath))!["CertBot"]!["Sftp"]!["Password"]!.GetValue<string>();

        sweep.Record(new CertBotResult("plan", 0, $"connecting with {sftp}", ""));

        Assert.True(sweep.Count >= 3, $"{sweep.Count} passwords"); // the nodes', the SFTP server's, the bulk files'
        Assert.Equal(["certbot plan: " + sftp[..3] + "…"], sweep.Find(certbot.StorePath));
    }

    [Fact]
    public async Task Exchange_LeavesNoPasswordInOutputStoreOrCommandLogs()
    {
        var run = await certbot.RequestAsync("exchange", "--from", "lab-east", "--to", "lab-west");
        await certbot.DriveAsync(run);
        await certbot.MustAsync("show", run, "--json", "--verbose");

        Assert.Empty(certbot.Sweep.Find(certbot.StorePath));
    }

    public void Dispose() => certbot.Dispose();
}
