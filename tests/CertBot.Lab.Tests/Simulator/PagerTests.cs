namespace CertBot.Lab.Tests.Simulator;

public sealed class PagerTests : IClassFixture<SimulatorLabFixture>
{
    private const string Pager = "\u001b[1mPress <enter> for 1 line, <space> for one page, or <q> to quit\u001b[0m\u001b[K";
    private readonly SimulatorLab lab;

    public PagerTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public async Task LongOutput_StopsAtPager_AfterAPage_SpaceContinuesOnTheSameLine()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");
        var first = await node.RunUntilAsync("utils service list", Pager);
        var firstLines = first[..first.IndexOf(Pager, StringComparison.Ordinal)].Split("\r\n");

        Assert.Equal(22, firstLines.Length);  // echo, 20 lines, then the pager on its own line
        Assert.Equal("", firstLines[^1]);
        node.MarkNow();
        await node.SendAsync(" ");
        var rest = await node.WaitForAsync(t => t.EndsWith(NodeConsole.Prompt, StringComparison.Ordinal) && t.Contains("Primary Node", StringComparison.Ordinal)
            || t.Contains(Pager, StringComparison.Ordinal));
        Assert.StartsWith("Cisco ", rest);
    }

    [Fact]
    public async Task Enter_ShowsOneMoreLine_AndQ_QuitsStraightToThePrompt()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");
        await node.RunUntilAsync("show cert own tomcat", Pager);
        node.MarkNow();
        await node.SendAsync("\r");
        var one = await node.WaitForAsync(t => t.Contains(Pager, StringComparison.Ordinal));
        Assert.Single(one.Split("\r\n"), l => l.Length > 0 && !l.Contains(Pager, StringComparison.Ordinal));

        node.MarkNow();
        await node.SendAsync("q");
        var end = await node.WaitForAsync(t => t.EndsWith(NodeConsole.Prompt, StringComparison.Ordinal));
        Assert.DoesNotContain("END CERTIFICATE", end);
        Assert.Contains("Active Master Version", await node.RunAsync("show version active"));
    }

    [Fact]
    public async Task ServiceRestartProgress_IsNeverPaged()
    {
        await lab.Store("lab-west", "cucm-sub1").UpdateAsync((state, _) => state.Timing.ServiceProgressMilliseconds = 1, CancellationToken.None);
        await using var node = await lab.LoginAsync("lab-west", "cucm-sub1");
        var lines = Output.Lines(await node.RunAsync("utils service restart Cisco CTIManager"));

        Assert.True(lines.Count > 30, $"only {lines.Count} lines");
        Assert.DoesNotContain(lines, l => l.Contains("Press <enter>", StringComparison.Ordinal));
        Assert.Equal("Cisco CTIManager[STARTED]", lines[^1]);
    }

    [Fact]
    public async Task PaginationOff_PrintsEverythingWithoutPager()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");
        await node.RunAsync("set cli pagination off");
        var text = await node.RunAsync("show cert own tomcat");

        Assert.DoesNotContain("Press <enter>", text);
        Assert.Contains("-----END CERTIFICATE-----", text);
    }
}
