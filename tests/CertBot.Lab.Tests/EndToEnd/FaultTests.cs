using System.Diagnostics;
using CertBot.Testing;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>
/// Faults injected with <c>scripts/lab fault</c>, seen through the OpenSSH client. Command faults use
/// lab-east/imp-sub1 and are cleared afterwards; unreachable uses lab-east/imp-sub2; hostkey (not undone
/// by clear) uses lab-west/cucm-sub1, which no other test reads.
/// </summary>
[Collection(SharedLab.Name)]
public sealed class FaultTests(LabTestsLab lab)
{
    private const string Cluster = "lab-east";
    private const string Faulty = "imp-sub1";

    [Fact]
    public async Task Fail_MakesMatchingCommandsFailUntilCleared()
    {
        await using (await lab.InjectFaultAsync(Cluster, Faulty, "fail", "show cert list"))
        {
            await using var client = await lab.LoginAsync(Cluster, Faulty);
            var failed = await client.RunAsync("show cert list own");
            Assert.Contains("Executed command unsuccessfully", failed, StringComparison.Ordinal);
            Assert.DoesNotContain(".pem", failed, StringComparison.Ordinal);
            Assert.Contains("Active Master Version", await client.RunAsync("show version active"), StringComparison.Ordinal);
        }

        await using var healed = await lab.LoginAsync(Cluster, Faulty);
        Assert.Contains("tomcat/tomcat.pem:", await healed.RunAsync("show cert list own"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drop_EndsTheSessionMidOutputAndAppliesNoChange()
    {
        string serial;
        await using (var client = await lab.LoginAsync(Cluster, Faulty))
        {
            serial = CertificateText.Field(await client.RunAsync("show cert own tomcat/tomcat.pem"), "Serial Number");
        }

        await using (await lab.InjectFaultAsync(Cluster, Faulty, "drop", "set cert regen"))
        {
            await using var client = await lab.LoginAsync(Cluster, Faulty);
            await client.SendLineAsync("set cert regen tomcat");
            string rest;
            try
            {
                await client.ReadUntilAsync("(yes|no)? ");
                await client.SendLineAsync("yes");
                rest = await client.ReadToEndAsync();
            }
            catch (OpenSshException ended) when (ended.ExitCode is not null)
            {
                rest = ended.Output;
            }

            Assert.DoesNotMatch("(?i)successfully regenerated", rest);
            Assert.False(rest.TrimEnd().EndsWith("admin:", StringComparison.Ordinal), $"the session must end, not return to the prompt:\n{rest}");
            Assert.NotEqual(0, await client.WaitForExitAsync());
        }

        await using var later = await lab.LoginAsync(Cluster, Faulty);
        Assert.Equal(serial, CertificateText.Field(await later.RunAsync("show cert own tomcat/tomcat.pem"), "Serial Number"));
    }

    [Fact]
    public async Task Slow_MultipliesTheNodesDelays()
    {
        await using var client = await lab.LoginAsync(Cluster, Faulty);
        var normal = await TimeAsync(() => client.RunAsync("utils service restart Cisco Tomcat"));

        TimeSpan slowed;
        await using (await lab.InjectFaultAsync(Cluster, Faulty, "slow", "50"))
        {
            slowed = await TimeAsync(() => client.RunAsync("utils service restart Cisco Tomcat", TimeSpan.FromSeconds(60)));
        }

        // A test-profile restart sleeps ~50 ms in all; 50x that adds ~2.5 s, far above what machine load adds.
        Assert.True(slowed - normal > TimeSpan.FromSeconds(1.5), $"normal {normal.TotalMilliseconds} ms, slowed {slowed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Stuck_RestartNeverReachesStartedUntilCleared()
    {
        await using (await lab.InjectFaultAsync(Cluster, Faulty, "stuck", "Cisco Tomcat"))
        {
            await using var client = await lab.LoginAsync(Cluster, Faulty);
            var text = await client.RunAsync("utils service restart Cisco Tomcat", TimeSpan.FromSeconds(60));
            Assert.DoesNotContain("Cisco Tomcat[STARTED]", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Cisco Tomcat[STARTED]", await client.RunAsync("utils service list"), StringComparison.Ordinal);
        }

        await using var healed = await lab.LoginAsync(Cluster, Faulty);
        Assert.Contains("Cisco Tomcat[STARTED]", await healed.RunAsync("utils service restart Cisco Tomcat"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_RefusesConnectionsUntilCleared()
    {
        var node = lab.Node(Cluster, "imp-sub2");
        await using (await lab.InjectFaultAsync(Cluster, node.Name, "unreachable"))
        {
            var refused = await OpenSshClient.TryLoginAsync(node.Endpoint);
            Assert.NotNull(refused);
            Assert.Equal(255, refused.ExitCode);
            Assert.Contains("Connection refused", refused.Error, StringComparison.Ordinal);
            Assert.Contains("stopped", (await lab.RunLabAsync("status")).Output, StringComparison.Ordinal);
        }

        await using var client = await lab.LoginAsync(Cluster, node.Name);
        Assert.Contains("Active Master Version", await client.RunAsync("show version active"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostKey_ReplacesTheKeySoPinnedClientsAreRefusedEvenAfterClear()
    {
        var node = lab.Node("lab-west", "cucm-sub1");

        await lab.FaultAsync("lab-west", node.Name, "hostkey");
        await lab.FaultAsync("lab-west", node.Name, "clear");

        var refused = await OpenSshClient.TryLoginAsync(node.Endpoint);
        Assert.NotNull(refused);
        Assert.Equal(255, refused.ExitCode);
        Assert.Contains("REMOTE HOST IDENTIFICATION HAS CHANGED", refused.Error, StringComparison.Ordinal);
        Assert.Equal(node.HostKeySha256, LabInventory.Load(lab.InventoryPath).Node("lab-west", node.Name).HostKeySha256);

        // The node itself is fine: pinning its new key logs in.
        var newKey = string.Join(' ', File.ReadAllText(Path.Combine(lab.RuntimeDirectory, "nodes", "lab-west", node.Name, "host_ed25519.pub")).Split(' ')[..2]);
        Assert.NotEqual(node.HostKey, newKey);
        await using var client = await OpenSshClient.ConnectAsync(node.Endpoint with { HostKey = newKey });
        Assert.Contains("Active Master Version", await client.RunAsync("show version active"), StringComparison.Ordinal);
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }
}
