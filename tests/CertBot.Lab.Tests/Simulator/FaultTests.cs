using System.Diagnostics;
using CertBot.Lab.State;

namespace CertBot.Lab.Tests.Simulator;

public sealed class FaultTests : IClassFixture<SimulatorLabFixture>
{
    private readonly SimulatorLab lab;

    public FaultTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public async Task Fail_PrintsPlatformFailure_InsteadOfActing()
    {
        var dir = lab.StateDir("lab-east", "imp-pub");
        new NodeFaults { Fail = ["show version"] }.Save(dir);
        try
        {
            await using var node = await NodeConsole.LoginAsync(dir);

            await node.RunAsync("set cli pagination off");
            Assert.Equal(["Executed command unsuccessfully"], Output.Lines(await node.RunAsync("show version active")));
            Assert.Contains("Primary Node =true", await node.RunAsync("utils service list"));
        }
        finally
        {
            new NodeFaults().Save(dir);
        }
    }

    [Fact]
    public async Task NoItl_ShowItlSaysThereIsNone_ReplicationNamesTheIncompleteServer()
    {
        var dir = lab.StateDir("lab-east", "cucm-pub");
        await using (var healthy = await NodeConsole.LoginAsync(dir))
        {
            await healthy.RunAsync("set cli pagination off");
            var rows = Output.Lines(await healthy.RunAsync("utils dbreplication runtimestate"));
            Assert.Contains("Cluster Detailed View from cucm-pub (2 Servers):", rows);
            Assert.Equal(2, rows.Count(r => r.EndsWith("(2) Setup Completed", StringComparison.Ordinal) && r.Contains(" Y/Y/Y ", StringComparison.Ordinal)));
        }

        new NodeFaults { NoItl = true, Replication = ["cucm-sub1"] }.Save(dir);
        try
        {
            await using var node = await NodeConsole.LoginAsync(dir);

            await node.RunAsync("set cli pagination off");
            Assert.Equal(["Length of ITL file: 0", "Error parsing the ITL File."], Output.Lines(await node.RunAsync("show itl")));
            var rows = Output.Lines(await node.RunAsync("utils dbreplication runtimestate"));
            Assert.Contains(rows, r => r.StartsWith("cucm-sub1 ", StringComparison.Ordinal) && r.Contains(" N/Y/Y ", StringComparison.Ordinal) && r.EndsWith("(4) Setup Incomplete", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.StartsWith("cucm-pub ", StringComparison.Ordinal) && r.EndsWith("(2) Setup Completed", StringComparison.Ordinal));
        }
        finally
        {
            new NodeFaults().Save(dir);
        }
    }

    [Fact]
    public async Task Drop_EndsTheSessionMidOutput_AndTheRegenerationIsNotApplied()
    {
        var dir = lab.StateDir("lab-east", "imp-pub");
        var before = lab.Store("lab-east", "imp-pub").Files.ReadOwnCertificate("cup");
        new NodeFaults { Drop = ["set cert regen"] }.Save(dir);
        try
        {
            await using var node = await NodeConsole.LoginAsync(dir);
            node.MarkNow();
            await node.SendAsync("set cert regen cup\ryes\r");

            Assert.Equal(255, await node.WaitForExitAsync());
            Assert.DoesNotContain("Successfully", node.Transcript);
            Assert.Contains("set cert regen cup\r\nWARNING", node.Transcript);
            Assert.Equal(before, lab.Store("lab-east", "imp-pub").Files.ReadOwnCertificate("cup"));
        }
        finally
        {
            new NodeFaults().Save(dir);
        }
    }

    [Fact]
    public async Task Stuck_RestartNeverReachesStarted()
    {
        var dir = lab.StateDir("lab-east", "imp-pub");
        new NodeFaults { Stuck = ["Cisco SIP Proxy"] }.Save(dir);
        try
        {
            await using var node = await NodeConsole.LoginAsync(dir);
            var lines = Output.Lines(await node.RunAsync("utils service restart Cisco SIP Proxy"));

            Assert.DoesNotContain("Cisco SIP Proxy[STARTED]", lines);
            Assert.Contains("Cisco SIP Proxy[STARTING]", lines);
            Assert.Equal("Cisco SIP Proxy[STOPPED]", lines[^1]);
            Assert.NotEqual(ServiceStates.Started, lab.State("lab-east", "imp-pub").Services.Single(s => s.Name == "Cisco SIP Proxy").State);
        }
        finally
        {
            new NodeFaults().Save(dir);
        }
    }

    [Fact]
    public async Task Slow_StretchesEveryDelayByTheFactor()
    {
        var dir = lab.StateDir("lab-east", "imp-pub");
        await using var node = await NodeConsole.LoginAsync(dir);
        var normal = Stopwatch.StartNew();
        await node.RunAsync("utils service restart Cisco Presence Engine");
        normal.Stop();

        new NodeFaults { SlowFactor = 40 }.Save(dir);
        try
        {
            var slow = Stopwatch.StartNew();
            await node.RunAsync("utils service restart Cisco Presence Engine", TimeSpan.FromSeconds(30));
            slow.Stop();

            // Test profile: 2 × 20 ms of transitions; ×40 is at least 1.6 s. Only the lower bound is checked:
            // a ratio against the normal run breaks when a loaded machine slows the normal run too.
            Assert.True(slow.Elapsed > TimeSpan.FromSeconds(1.5), $"slow restart took {slow.Elapsed} (normal {normal.Elapsed})");
        }
        finally
        {
            new NodeFaults().Save(dir);
        }
    }

    [Fact]
    public void Faults_RoundTripThroughTheFile_AndClearRemovesIt()
    {
        var dir = lab.StateDir("lab-west", "cucm-pub");
        new NodeFaults { SlowFactor = 3, Fail = ["a"], Drop = ["b"], Stuck = ["Cisco Tomcat"] }.Save(dir);
        var loaded = NodeFaults.Load(dir);
        new NodeFaults().Save(dir);

        Assert.Equal((3.0, "a", "b", "Cisco Tomcat"), (loaded.SlowFactor!.Value, loaded.Fail.Single(), loaded.Drop.Single(), loaded.Stuck.Single()));
        Assert.False(File.Exists(Path.Combine(dir, "faults.json")));
    }
}
