using CertBot.Cisco.Sessions;
using CertBot.Cisco.Transport;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Cisco.Tests.Sessions;

public sealed class CliSessionTests
{
    private const string Banner = "Command Line Interface is starting up, please wait ...\r\n\r\n   Welcome to the Platform Command Line Interface\r\n\r\nVMware Installation:\r\n";

    private static readonly CliSessionSettings Fast = new()
    {
        LoginTimeout = TimeSpan.FromSeconds(5),
        QuietPeriod = TimeSpan.FromMilliseconds(300),
        SetupCommandTimeout = TimeSpan.FromSeconds(5),
    };

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private static readonly PromptReply SftpPassword = PromptReply.For(@"enter\s+sftp\s+password\s*:", "S3cret!pw", isSecret: true);

    private static Task<CliSession> StartAsync(ScriptedNode node, string user = "admin") =>
        CliSession.StartAsync(node, "lab/test", user, Fast, TimeProvider.System, NullLogger.Instance, CancellationToken.None);

    private static IEnumerable<string> Answer(string line, Func<string, string> body) =>
        line == "set cli pagination off" ? ["Automatic pagination is turned off\r\n\r\nadmin:"] : [body(line), "admin:"];

    [Fact]
    public async Task Start_AfterBannerInChunks_TurnsPaginationOffFirst()
    {
        var node = new ScriptedNode((l, _) => Answer(l, _ => ""), "Command Line Interface is starting", Banner, "  2 vCPU\r\nadmin:");

        await using var session = await StartAsync(node);

        Assert.Equal(["set cli pagination off"], node.Lines);
    }

    [Fact]
    public async Task Run_Output_HasNoEchoPromptOrTerminalCodes()
    {
        var node = new ScriptedNode((l, _) => Answer(l, _ => "\u001b[1mActive Master Version:\u001b[0m 14.0.1.13900-155\r\n"), Banner + "admin:");
        await using var session = await StartAsync(node);

        var output = await session.RunAsync(CliCommand.Read("show version active", Timeout), CancellationToken.None);

        Assert.Equal("Active Master Version: 14.0.1.13900-155\n", output);
    }

    [Fact]
    public async Task Run_PromptAfterEraseLine_EndsTheCommand()
    {
        var node = new ScriptedNode((l, _) => l == "set cli pagination off" ? ["ok\r\n\u001b[Kadmin:"] : ["line\u001b[K", "admin:"], Banner + "admin:");
        await using var session = await StartAsync(node);

        Assert.Equal("line\n", await session.RunAsync(CliCommand.Read("show x", Timeout), CancellationToken.None));
    }

    [Fact]
    public async Task Run_AnotherUsersPrompt_IsAdoptedAtLogin()
    {
        var node = new ScriptedNode((l, _) => l == "set cli pagination off" ? ["ok\r\nopsadmin:"] : ["data\r\nopsadmin:"], Banner + "opsadmin:");
        await using var session = await StartAsync(node, user: "admin");

        Assert.Equal("data\n", await session.RunAsync(CliCommand.Read("show x", Timeout), CancellationToken.None));
    }

    [Fact]
    public async Task Run_MorePager_IsAnsweredWithSpaceAndRemoved()
    {
        var node = new ScriptedNode((l, n) => l switch
        {
            "set cli pagination off" => ["ok\r\nadmin:"],
            "show cert list trust" => ["a/1.pem: x\r\n\u001b[1mPress <enter> for 1 line, <space> for one page, or <q> to quit\u001b[0m\u001b[K"],
            "" => [],
            _ => [],
        }, Banner + "admin:");
        node.Emit("");
        await using var session = await StartAsync(node);
        var run = session.RunAsync(CliCommand.Read("show cert list trust", Timeout), CancellationToken.None);
        await WaitUntil(() => node.Written.ToString().EndsWith(' '));
        node.Emit("b/2.pem: y\r\nadmin:");

        var output = await run;

        Assert.Equal(["a/1.pem: x", "b/2.pem: y"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Run_FileViewerPager_IsQuitWithQ_NeverPagedWithN()
    {
        var node = new ScriptedNode((l, _) => l == "set cli pagination off" ? ["ok\r\nadmin:"] : ["1\r\n\u001b[1m\r\noptions: q=quit, n=next, p=prev, b=begin, e=end (lines 1 - 1 of 2) : \u001b[0m"], Banner + "admin:");
        await using var session = await StartAsync(node);
        var run = session.RunAsync(CliCommand.Read("file view activelog x", Timeout), CancellationToken.None);
        await WaitUntil(() => node.Written.ToString().EndsWith('q'));
        node.Emit("\r\nadmin:");

        var output = await run;

        Assert.DoesNotContain("n", node.Written.ToString().Replace("set cli pagination off", "", StringComparison.Ordinal).Replace("file view activelog x", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("1\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("options:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LongOperationPausingAfterAColon_IsNotTakenForAQuestion()
    {
        var node = new ScriptedNode((l, _) => l == "set cli pagination off" ? ["ok\r\nadmin:"] : ["Cluster Replication State: "], Banner + "admin:");
        await using var session = await StartAsync(node);
        var run = session.RunAsync(CliCommand.Read("utils dbreplication runtimestate", Timeout), CancellationToken.None);
        await Task.Delay(Fast.QuietPeriod * 3);
        node.Emit("Replication status command COMPLETED 689 tables checked out of 689\r\nadmin:");

        var output = await run;

        Assert.Contains("COMPLETED 689 tables", output, StringComparison.Ordinal);
        Assert.False(session.IsBroken);
    }

    [Fact]
    public async Task Run_HalfReceivedPromptLine_IsNotAnswered()
    {
        // An informational line that starts like the prompt and goes on: the answer waits for quiet, then for a
        // complete prompt; the secret is never typed into the line that was still arriving.
        var node = PasswordAskingNode();
        await using var session = await StartAsync(node);
        var run = session.RunAsync(CliCommand.Change("set cert bulk sftp", Timeout, SftpPassword), CancellationToken.None);
        await Task.Delay(Fast.PromptSettle / 5);
        node.Emit("is not used any more.\r\n");
        node.Emit("Enter SFTP");
        await Task.Delay(Fast.PromptSettle * 2);
        Assert.Equal(2, node.Lines.Count);
        node.Emit(" password: ");

        await run;

        Assert.Equal(["set cli pagination off", "set cert bulk sftp", "S3cret!pw"], node.Lines);
    }

    [Fact]
    public void PromptReply_MatchesTheWholeLineOnly()
    {
        var reply = PromptReply.For(@"enter\s+sftp\s+password\s*:", "x", isSecret: true);

        Assert.True(reply.Answers("Enter SFTP password: "));
        Assert.False(reply.Answers("The SFTP password"));
        Assert.False(reply.Answers("Enter SFTP password: is stored encrypted"));
        Assert.False(reply.Answers("admin:Enter SFTP password:x"));
    }

    [Fact]
    public async Task Run_AllowListedQuestion_IsAnsweredOnce()
    {
        var node = new ScriptedNode((l, _) => l switch
        {
            "set cli pagination off" => ["ok\r\nadmin:"],
            "set cert regen tomcat" => ["WARNING: This operation will overwrite any CA signed certificate previously imported for  tomcat\r\nProceed with regeneration (yes|no)? "],
            "yes" => ["\r\nSuccessfully Regenerated Certificate for tomcat.\r\nadmin:"],
            _ => ["unexpected\r\nadmin:"],
        }, Banner + "admin:");
        await using var session = await StartAsync(node);

        var output = await session.RunAsync(
            CliCommand.Change("set cert regen tomcat", Timeout, PromptReply.For(@"proceed\s+with\s+regeneration\s*\(yes\|no\)\?", "yes")), CancellationToken.None);

        Assert.Equal(["set cli pagination off", "set cert regen tomcat", "yes"], node.Lines);
        Assert.Contains("Successfully Regenerated Certificate for tomcat.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_QuestionNotOnTheAllowList_FailsWithoutAnswering()
    {
        var node = new ScriptedNode((l, _) => l == "set cli pagination off" ? ["ok\r\nadmin:"] : ["Do you really want to restart ?Enter (yes/no)? "], Banner + "admin:");
        await using var session = await StartAsync(node);

        var e = await Assert.ThrowsAsync<NodeException>(() => session.RunAsync(
            CliCommand.Change("utils system restart", Timeout, PromptReply.For("proceed with regeneration", "yes")), CancellationToken.None));

        Assert.Equal(NodeFailure.UnexpectedPrompt, e.Failure);
        Assert.Equal("utils system restart", e.Command);
        Assert.Contains("Enter (yes/no)?", e.OutputTail, StringComparison.Ordinal);
        Assert.Equal(["set cli pagination off", "utils system restart"], node.Lines);
        Assert.True(session.IsBroken);
    }

    [Fact]
    public async Task Run_SecretAnswerEchoedBack_IsScrubbedFromOutput()
    {
        var node = PasswordAskingNode();
        await using var session = await StartAsync(node);

        var output = await session.RunAsync(
            CliCommand.Change("set cert bulk sftp", Timeout, SftpPassword), CancellationToken.None);

        Assert.DoesNotContain("S3cret!pw", output, StringComparison.Ordinal);
        Assert.Contains("********", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoPromptWithinTheTimeout_FailsAsTimeoutAndBreaksTheSession()
    {
        var node = new ScriptedNode((l, _) => l == "set cli pagination off" ? ["ok\r\nadmin:"] : ["Service Manager is running\r\n"], Banner + "admin:");
        await using var session = await StartAsync(node);

        var e = await Assert.ThrowsAsync<NodeException>(() => session.RunAsync(CliCommand.Read("utils service restart Cisco Tomcat", TimeSpan.FromMilliseconds(300)), CancellationToken.None));

        Assert.Equal(NodeFailure.Timeout, e.Failure);
        Assert.Contains("Service Manager is running", e.OutputTail, StringComparison.Ordinal);
        Assert.True(session.IsBroken);
        var again = await Assert.ThrowsAsync<NodeException>(() => session.RunAsync(CliCommand.Read("show version active", Timeout), CancellationToken.None));
        Assert.Equal(NodeFailure.SessionLost, again.Failure);
    }

    [Fact]
    public async Task Run_ShellEndsMidCommand_FailsAsSessionLost()
    {
        var node = new ScriptedNode((l, n) =>
        {
            if (l == "set cli pagination off")
            {
                return ["ok\r\nadmin:"];
            }

            n.Close();
            return [];
        }, Banner + "admin:");
        node.Closure = new ChannelClosure(255, "Connection to 127.0.3.11 closed by remote host.");
        await using var session = await StartAsync(node);

        var e = await Assert.ThrowsAsync<NodeException>(() => session.RunAsync(CliCommand.Read("show cert list own", Timeout), CancellationToken.None));

        Assert.Equal(NodeFailure.SessionLost, e.Failure);
        Assert.Contains("closed by remote host", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ShellEndsBeforeThePrompt_FailsAsSessionLostWithTheReason()
    {
        // Refused logins fail in the transport, before a shell exists: a shell that ends is a lost session.
        var node = new ScriptedNode((_, _) => []);
        node.Closure = new ChannelClosure(null, "the node closed the shell");
        node.Close();

        var e = await Assert.ThrowsAsync<NodeException>(() => StartAsync(node));

        Assert.Equal(NodeFailure.SessionLost, e.Failure);
        Assert.Contains("before the first prompt: the node closed the shell", e.Message, StringComparison.Ordinal);
        Assert.True(node.Disposed);
    }

    private static ScriptedNode PasswordAskingNode() => new((l, _) => l switch
    {
        "set cli pagination off" => ["ok\r\nadmin:"],
        "set cert bulk sftp" => ["Enter SFTP password: "],
        _ => ["\r\nSaved.\r\nadmin:"],
    }, Banner + "admin:");

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the session did not send what was expected");
    }
}
