namespace CertBot.Lab.Tests.Simulator;

public sealed class ClusterCommandTests : IClassFixture<SimulatorLabFixture>
{
    private readonly SimulatorLab lab;

    public ClusterCommandTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public async Task NetworkCluster_OnPublisher_ListsNodes_LocalLastWithoutSuffix_ThenServerTable()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");
        var lines = Output.Lines(await node.RunAsync("show network cluster"));

        Assert.Matches(@"^127\.0\.5\.13 imp-pub\.east\.lab\.example imp-pub Subscriber cups DBPub authenticated using TCP since \w{3} \w{3} \d{1,2} \d{2}:\d{2}:\d{2} \d{4}$", lines.Single(l => l.Contains(" imp-pub ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("127.0.5.15 imp-sub2.east.lab.example imp-sub2 Subscriber cups DBSub authenticated using TCP since ", StringComparison.Ordinal));
        Assert.Equal("127.0.5.11 cucm-pub.east.lab.example cucm-pub Publisher callmanager DBPub authenticated", lines[4]);
        Assert.Equal(["", "Server Table (processnode) Entries", "----------------------------------"], lines.Skip(5).Take(3));
        Assert.Equal(5, lines.Skip(8).Count());
    }

    [Fact]
    public async Task NetworkCluster_OnSubscriber_HasNoServerTable()
    {
        await using var node = await lab.LoginAsync("lab-west", "cucm-sub1");
        var lines = Output.Lines(await node.RunAsync("show network cluster"));

        Assert.Equal(2, lines.Count);
        Assert.Equal("127.0.5.22 cucm-sub1.west.lab.example cucm-sub1 Subscriber callmanager DBSub authenticated", lines[1]);
    }

    [Fact]
    public async Task VersionActive_PrintsTheClusterVersion()
    {
        await using var node = await lab.LoginAsync("lab-west", "cucm-pub");
        var lines = Output.Lines(await node.RunAsync("show version active"));

        Assert.Equal(["Active Master Version: 12.5.1.14900-63", "Active Version Installed Software Options:", "No Installed Software Options Found."], lines);
    }

    [Theory]
    [InlineData("RollBackToPreGrayback", "F")]
    [InlineData("ClusterSecurityMode", "0")]
    public async Task RunSql_EnterpriseParameter_PrintsInformixTable(string name, string value)
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");
        var lines = Output.Lines(await node.RunAsync($"run sql select paramname,paramvalue from processconfig where paramname='{name}'"));

        Assert.Equal(3, lines.Count);
        Assert.Equal("paramname".PadRight(name.Length) + " paramvalue", lines[0]);
        Assert.Equal(new string('=', name.Length) + " ==========", lines[1]);
        Assert.Equal($"{name} {value}", lines[2]);
    }

    [Fact]
    public async Task ShowCtl_OnNonSecureCluster_SaysThereIsNoCtlFile()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");
        var lines = Output.Lines(await node.RunAsync("show ctl"));

        Assert.Equal("Length of CTL file: 0", lines[0]);
        Assert.StartsWith("CTL File not found . Please run CTLClient plugin", lines[1]);
    }

    [Fact]
    public async Task ShowItl_ListsRecords_SignerFirst_AndASummary()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");
        await node.RunAsync("set cli pagination off");
        var lines = Output.Lines(await node.RunAsync("show itl"));

        Assert.Contains(lines, l => l.EndsWith("FUNCTION         2       System Administrator Security Token", StringComparison.Ordinal));
        Assert.Contains("This etoken was used to sign the ITL file.", lines);
        Assert.Equal(2, lines.Count(l => l.EndsWith("FUNCTION         2       TVS", StringComparison.Ordinal)));
        Assert.StartsWith("The ITL file was verified successfully. It has 5 entries", lines[^1]);
    }

    [Fact]
    public async Task Pagination_OffAndOn_PrintTheirConfirmations()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");

        Assert.Equal(["Automatic pagination is turned off"], Output.Lines(await node.RunAsync("set cli pagination off")));
        Assert.Equal(["Automatic Pagination : Off."], Output.Lines(await node.RunAsync("show cli pagination")));
        Assert.Equal(["Automatic pagination is turned on"], Output.Lines(await node.RunAsync("set cli pagination on")));
    }
}
