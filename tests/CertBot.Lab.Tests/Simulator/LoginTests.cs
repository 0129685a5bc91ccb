namespace CertBot.Lab.Tests.Simulator;

public sealed class LoginTests : IClassFixture<SimulatorLabFixture>
{
    private readonly SimulatorLab lab;

    public LoginTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public async Task Login_ShowsBannerInOrder_ThenPrompt_WithCrLfLineEnds()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");
        var banner = node.Transcript;

        Assert.StartsWith("Command Line Interface is starting up, please wait ...\r\n\r\n   Welcome to the Platform Command Line Interface\r\n\r\nVMware Installation:\r\n  ", banner);
        Assert.Contains("\r\n  Disk 1: 110GB, Partitions aligned\r\n", banner);
        Assert.EndsWith(" Mbytes RAM\r\nadmin:", banner);
        Assert.DoesNotContain("\n", banner.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exec_Request_IsRefused()
    {
        await using var node = NodeConsole.Start(lab.StateDir("lab-east", "cucm-pub"), new Dictionary<string, string> { ["SSH_ORIGINAL_COMMAND"] = "show version active" });

        Assert.Equal(1, await node.WaitForExitAsync());
        Assert.Equal("", node.Transcript);
    }

    [Fact]
    public async Task Exit_EndsTheSession_WithCodeZero()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-sub1");
        await node.SendAsync("exit\r");

        Assert.Equal(0, await node.WaitForExitAsync());
    }

    [Fact]
    public async Task UnknownCommand_PrintsPlatformFailure()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-sub1");
        var lines = Output.Lines(await node.RunAsync("shw cert lst"));

        Assert.Equal(["No valid command entered", "Executed command unsuccessfully"], lines);
    }

    [Fact]
    public async Task Input_IsEchoed_AndLinesEndingInLineFeedAreAccepted()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-sub1");
        node.MarkNow();
        await node.SendAsync("show version active\n");
        var text = await node.WaitForAsync(t => t.EndsWith(NodeConsole.Prompt, StringComparison.Ordinal) && t.Contains("Master", StringComparison.Ordinal));

        Assert.StartsWith("show version active\r\nActive Master Version: 14.0.1.13900-155\r\n", text);
    }

    [Fact]
    public async Task EveryFourthPrompt_FollowsEraseLine_InsteadOfLineEnd()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-sub1");
        await node.RunAsync("show version active");
        await node.RunAsync("show version active");
        var third = await node.RunAsync("show version active");

        Assert.EndsWith("No Installed Software Options Found.\u001b[Kadmin:", third);
    }

    [Fact]
    public async Task CtrlC_AtAConfirmation_AbortsTheCommand_AndChangesNothing()
    {
        var before = lab.Store("lab-east", "cucm-sub1").Files.ReadOwnCertificate("TVS");
        await using var node = await lab.LoginAsync("lab-east", "cucm-sub1");
        await node.RunUntilAsync("set cert regen TVS", "(yes|no)? ");
        node.MarkNow();
        await node.SendAsync("ye\u0003");
        var text = await node.WaitForAsync(t => t.EndsWith(NodeConsole.Prompt, StringComparison.Ordinal));

        Assert.Contains("^C", text);
        Assert.Equal(before, lab.Store("lab-east", "cucm-sub1").Files.ReadOwnCertificate("TVS"));
        Assert.Contains("Active Master Version", await node.RunAsync("show version active"));
    }
}
