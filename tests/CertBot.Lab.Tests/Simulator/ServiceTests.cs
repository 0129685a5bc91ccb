using CertBot.Lab.State;

namespace CertBot.Lab.Tests.Simulator;

public sealed class ServiceTests : IClassFixture<SimulatorLabFixture>
{
    private readonly SimulatorLab lab;

    public ServiceTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public async Task List_PrintsPlatformThenApplicationServices_InTheirTwoFormats()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-sub1");
        await node.RunAsync("set cli pagination off");
        var lines = Output.Lines(await node.RunAsync("utils service list"));

        Assert.Equal("Requesting service status, please wait...", lines[0]);
        Assert.Contains("System SSH [STARTED]", lines);
        var manager = lines.ToList().IndexOf("Service Manager is running");
        Assert.Equal(["Getting list of all services", ">> Return code = 0"], lines.Skip(manager + 1).Take(2));
        Assert.Contains("Cisco Tomcat[STARTED]", lines);
        Assert.Contains("Cisco DRF Master[STOPPED]  Commanded Out of Service", lines);
        Assert.Contains("Cisco DirSync[STOPPED]  Service Not Activated", lines);
        Assert.Equal("Primary Node =true", lines[^1]);
    }

    [Fact]
    public async Task Restart_PrintsWarningProgressAndFinalStarted()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-sub1");
        var lines = Output.Lines(await node.RunAsync("utils service restart Cisco Tomcat"));

        Assert.StartsWith("Do not press Ctrl+C while the service is restarting.", lines[0]);
        Assert.Equal("Service Manager is running", lines[1]);
        Assert.Contains("Cisco Tomcat[STOPPING]", lines);
        Assert.True(lines.Count(l => l == "Cisco Tomcat[STARTING]") >= 2);
        Assert.Equal("Cisco Tomcat[STARTED]", lines[^1]);
        Assert.Equal(ServiceStates.Started, Service("lab-east", "cucm-sub1", "Cisco Tomcat").State);
    }

    [Fact]
    public async Task StopThenStart_PersistsEachState()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-sub1");
        var stop = Output.Lines(await node.RunAsync("utils service stop Cisco Tftp"));
        var stopped = Service("lab-east", "cucm-sub1", "Cisco Tftp");
        var start = Output.Lines(await node.RunAsync("utils service start Cisco Tftp"));

        Assert.Equal("Cisco Tftp[STOPPED]", stop[^1]);
        Assert.Equal((ServiceStates.Stopped, "Commanded Out of Service"), (stopped.State, stopped.Reason));
        Assert.Equal("Cisco Tftp[STARTED]", start[^1]);
        Assert.Equal(ServiceStates.Started, Service("lab-east", "cucm-sub1", "Cisco Tftp").State);
    }

    [Fact]
    public async Task XcpRouter_RestartKeepsXcpServices_StopStopsThem_StartBringsOnlyTheRouter()
    {
        await using var node = await lab.LoginAsync("lab-east", "imp-sub1");
        await node.RunAsync("utils service restart Cisco XCP Router");
        Assert.Equal(ServiceStates.Started, Service("lab-east", "imp-sub1", "Cisco XCP Connection Manager").State);

        await node.RunAsync("utils service stop Cisco XCP Router");
        Assert.Equal(ServiceStates.Stopped, Service("lab-east", "imp-sub1", "Cisco XCP Connection Manager").State);
        Assert.Equal(ServiceStates.Stopped, Service("lab-east", "imp-sub1", "Cisco XCP SIP Federation Connection Manager").State);

        await node.RunAsync("utils service start Cisco XCP Router");
        Assert.Equal(ServiceStates.Started, Service("lab-east", "imp-sub1", "Cisco XCP Router").State);
        Assert.Equal(ServiceStates.Stopped, Service("lab-east", "imp-sub1", "Cisco XCP Connection Manager").State);

        await node.RunAsync("utils service restart Cisco XCP Router");
        Assert.Equal(ServiceStates.Started, Service("lab-east", "imp-sub1", "Cisco XCP Connection Manager").State);
        Assert.Equal(ServiceStates.Stopped, Service("lab-east", "imp-sub1", "Cisco XCP File Transfer Manager").State);
    }

    [Fact]
    public async Task CtrlC_DuringARestart_StopsThePrintingAndReturnsToThePrompt()
    {
        var dir = lab.StateDir("lab-east", "imp-sub2");
        new NodeFaults { SlowFactor = 500 }.Save(dir);
        try
        {
            await using var node = await NodeConsole.LoginAsync(dir, new Dictionary<string, string>());
            await node.RunUntilAsync("utils service restart Cisco SIP Proxy", "Cisco SIP Proxy[STOPPING]", TimeSpan.FromSeconds(60));
            node.MarkNow();
            await node.SendAsync("\u0003");
            var rest = await node.WaitForAsync(t => t.EndsWith(NodeConsole.Prompt, StringComparison.Ordinal), TimeSpan.FromSeconds(5));

            Assert.Contains("^C", rest);
            Assert.DoesNotContain("[STARTED]", rest);
        }
        finally
        {
            new NodeFaults().Save(dir);
        }
    }

    [Fact]
    public async Task Start_NotActivatedService_Fails()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-sub1");
        var lines = Output.Lines(await node.RunAsync("utils service start Cisco DirSync"));

        Assert.Equal("Executed command unsuccessfully", lines[^1]);
        Assert.Equal(ServiceStates.Stopped, Service("lab-east", "cucm-sub1", "Cisco DirSync").State);
    }

    [Fact]
    public void ImpNodes_HaveFederationActivated_PerDefinition()
    {
        var services = lab.State("lab-east", "imp-sub2").Services;

        Assert.True(services.Single(s => s.Name == "Cisco XCP XMPP Federation Connection Manager").Activated);
        Assert.True(services.Single(s => s.Name == "Cisco XCP SIP Federation Connection Manager").Activated);
        Assert.True(lab.State("lab-east", "imp-sub2").PrgHighAvailability);
    }

    private ServiceRecord Service(string cluster, string node, string name) => lab.State(cluster, node).Services.Single(s => s.Name == name);
}
