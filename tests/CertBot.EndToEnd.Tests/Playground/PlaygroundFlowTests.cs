using System.Text.Json;
using CertBot.EndToEnd.Tests.Infrastructure;
using CertBot.Testing;
using Xunit.Abstractions;

namespace CertBot.EndToEnd.Tests.Playground;

/// <summary>
/// The whole path a team walks, as the README walks it, through Microsoft's own Teams-like client: two Agents
/// Playgrounds (Rita the requester, Alan the approver: the Playground cannot switch users) in headless Chromium, the
/// real host process, the lab's real sshd nodes. Alan said hi once in his personal chat with CertBot, so each
/// approval card reaches him there and he clicks Approve on it; Rita's thread shows the status, and her own approval
/// is refused. Screenshots land in artifacts/e2e/.
/// </summary>
[Collection(EndToEndLabGroup.Name)]
public sealed class PlaygroundFlowTests(EndToEndLab lab, ITestOutputHelper output)
{
    [Fact]
    public async Task RegenerateTomcat_InAChannel_OwnApprovalRefused_AlanClicksApproveInHisPersonalChat_ProgressCardSucceeds_HisCardsShowTheDecisions()
    {
        var before = await TomcatSerialsAsync("lab-east");
        using var directory = new TempDirectory("playground");
        var config = TestConfiguration.WriteLabWithApprovers(lab.CertBotConfigPath, directory.Path);
        await using var host = HostProcess.Start(directory.Path, ["--config", config],
            new Dictionary<string, string?> { ["CertBot__Runner__PollInterval"] = "00:00:00.250" });
        await host.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        var (ritaStarted, alanStarted) = await PlaygroundProcess.StartBothAsync(directory.Path, "requester", "approver", host.MessagesUrl);
        await using var rita = ritaStarted;
        await using var alan = alanStarted;

        var screenshots = Path.Combine(RepositoryRoot.Path, "artifacts", "e2e");
        var scenario = JsonSerializer.Serialize(new
        {
            requesterUrl = rita.Url,
            approverUrl = alan.Url,
            channel = "Certificates",
            command = "regenerate tomcat on lab-east",
            screenshots,
            timeoutSeconds = 240,
        });
        var (exitCode, stdout, stderr) = await NodeTool.RunAsync($"{PlaygroundProcess.Folder}/drive.js", [scenario], TimeSpan.FromMinutes(5));
        output.WriteLine(stdout);
        output.WriteLine(stderr);
        Assert.True(exitCode == 0, $"the browser flow failed: {stderr}\n{stdout}\nhost:\n{host.Output.Tail(60)}");

        using var seen = JsonDocument.Parse(stdout.Trim().Split('\n')[^1]);
        var root = seen.RootElement;
        Assert.Matches("^[0-9a-f]{8}$", root.GetProperty("runId").GetString());
        // The thread's card: the status for everyone, where the approval went, and no button for Rita to approve with.
        Assert.Contains("Sent to Alan Approver in their chat with CertBot.", root.GetProperty("sharedCard").GetString(), StringComparison.Ordinal);
        Assert.Empty(root.GetProperty("sharedButtons").EnumerateArray());
        Assert.Contains("Rita Requester: refused", root.GetProperty("refusal").GetString(), StringComparison.Ordinal);
        Assert.Contains("never approves their own run", root.GetProperty("refusal").GetString(), StringComparison.Ordinal);
        // regenerate tomcat has two approvals (the change, then the restarts): both clicked in Alan's chat.
        var approvals = root.GetProperty("approvals").GetInt32();
        Assert.Equal(2, approvals);
        Assert.Equal("Succeeded", root.GetProperty("final").GetString());
        Assert.Contains("Succeeded", root.GetProperty("progress").GetString(), StringComparison.Ordinal);
        var alanCards = root.GetProperty("alanCards").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(approvals, alanCards.Count);
        Assert.All(alanCards, c => Assert.Contains("Approved by Alan Approver", c, StringComparison.Ordinal));
        Assert.Equal(0, root.GetProperty("alanOpenButtons").GetInt32());
        var threadDecisions = root.GetProperty("threadDecisions").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.True(threadDecisions.Count >= approvals, string.Join("; ", threadDecisions));
        Assert.All(threadDecisions, d => Assert.StartsWith("Approved by Alan Approver", d, StringComparison.Ordinal));
        Assert.All(root.GetProperty("screenshots").EnumerateArray(), s => Assert.True(new FileInfo(s.GetString()!).Length > 10_000, s.GetString()));

        var after = await TomcatSerialsAsync("lab-east");
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, b => Assert.NotEqual(b.Value, after[b.Key]));
    }

    /// <summary>Read with the plain OpenSSH client, not with the adapter under test.</summary>
    private async Task<Dictionary<string, string>> TomcatSerialsAsync(string cluster)
    {
        var serials = new Dictionary<string, string>();
        foreach (var node in lab.Inventory.Cluster(cluster).Nodes)
        {
            // The certificate's text is paged: read up to the serial, then drop the session.
            await using var client = await lab.ConnectAsync(cluster, node.Name);
            await client.SendLineAsync("show cert own tomcat");
            await client.ReadUntilAsync("Serial Number:");
            serials[node.Name] = (await client.ReadUntilAsync("\n")).Trim();
        }

        return serials;
    }
}
