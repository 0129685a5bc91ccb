using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Runs;

/// <summary>Typos and requests that are not allowed now: one line that says what is allowed, a non-zero exit code, no stack trace.</summary>
[Collection(RunsLabGroup.Name)]
public sealed class RefusalTests(RunsLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Theory]
    [InlineData("plan regnerate cup --cluster lab-east", 2, "unknown procedure 'regnerate cup' (did you mean regenerate?); procedures: regenerate <unit>")]
    [InlineData("plan regenerate cupp --cluster lab-east", 2, "'cupp' is not a unit CertBot regenerates (did you mean cup?); units: cup, cup-xmpp")]
    [InlineData("plan verify-ipsec --cluster lab-north", 2, "no cluster named 'lab-north' is configured; configured: lab-east, lab-west")]
    [InlineData("plan exchange --from lab-east --to lab-east", 2, "exchange needs two different clusters")]
    [InlineData("request verify-ipsec --cluster lab-west --as alice", 2, "'alice' is not a principal: use cli:<name>")]
    [InlineData("show 00000000-0000-0000-0000-000000000001", 3, "no run 00000000-0000-0000-0000-000000000001; certbot runs lists the runs")]
    [InlineData("retry 0000000x --as cli:bob", 2, "'0000000x' is not a run id")]
    [InlineData("request verify-ipsec --cluster lab-west --as aad:22222222-2222-2222-2222-222222222222", 2, "'aad:22222222-2222-2222-2222-222222222222' is a chat identity: the command line acts only as cli:<name>")]
    [InlineData("approve 00000000 --as slack:U0APPROVER", 2, "'slack:U0APPROVER' is a chat identity: the command line acts only as cli:<name>")]
    public async Task Typo_IsAnsweredInOneLineWithWhatIsRight(string command, int exitCode, string answer)
    {
        var result = await certbot.RunAsync(command.Split(' '));

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith(answer, result.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Retry_OfARunWaitingForApproval_IsNotAllowed_AndSaysWhatIs()
    {
        var run = await certbot.RequestAsync("regenerate", "cup", "--cluster", "lab-east");

        var retry = await certbot.RunAsync("retry", run[..8], "--as", CertBotWorkspace.Approver);
        var stranger = await certbot.RunAsync("approve", run[..8], "--as", "cli:mallory");
        var cancel = await certbot.RunAsync("cancel", run, "--as", CertBotWorkspace.Requester);
        var afterEnd = await certbot.RunAsync("approve", run, "--as", CertBotWorkspace.Approver);

        Assert.Equal(1, retry.ExitCode);
        Assert.StartsWith($"retry is not allowed while run {run} is AwaitingApproval; allowed: approve, reject, ", retry.Error.Trim(), StringComparison.Ordinal);
        Assert.Equal(1, stranger.ExitCode);
        Assert.StartsWith("refused: cli:mallory is not an approver of lab-east; approvers of lab-east: cli:bob, cli:carol", stranger.Error, StringComparison.Ordinal);
        Assert.Equal(0, cancel.ExitCode);
        Assert.NotEqual(0, afterEnd.ExitCode);
        Assert.Contains("nothing", afterEnd.Error, StringComparison.Ordinal);
        Assert.Equal("Cancelled", (await certbot.ShowAsync(run)).State);
    }

    [Fact]
    public async Task Approve_ByACliApproverWhenCliApprovalsAreSwitchedOff_IsRefused()
    {
        var run = await certbot.RequestAsync("regenerate", "tomcat", "--cluster", "lab-west");
        certbot.Configure(c => c["CertBot"]!["AllowCliApprovals"] = false);

        var approve = await certbot.RunAsync("approve", run, "--as", CertBotWorkspace.Approver);

        Assert.Equal(1, approve.ExitCode);
        Assert.StartsWith("refused: cli:bob: cli approvals are switched off (CertBot:AllowCliApprovals)", approve.Error, StringComparison.Ordinal);
        Assert.Equal("AwaitingApproval", (await certbot.ShowAsync(run)).State);
        await certbot.MustAsync("cancel", run, "--as", CertBotWorkspace.Requester);
    }

    public void Dispose() => certbot.Dispose();
}
