using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// SQLite is the single-instance store: while one <c>certbot work</c> works on a file, a second one is refused
/// at start with what to do instead; once the first is gone (even killed), the file is free again. Commands that
/// only decide (a request, an approval) still work beside the running instance.
/// </summary>
[Collection(RunsLabGroup.Name)]
public sealed class SqliteSingleInstanceTests(RunsLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task ASecondWorkerOnOneSqliteFile_IsRefusedAtStart_UntilTheFirstIsGone()
    {
        await using var first = certbot.StartWorker(pollSeconds: 1);
        await first.WaitForOutputAsync("working; looking for approved runs", TimeSpan.FromMinutes(1));

        var second = await certbot.RunAsync("work", "--until-idle");
        var beside = await certbot.RunAsync("runs");
        await first.KillAsync();
        var afterKill = await certbot.RunAsync("work", "--until-idle");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains($"another CertBot instance (a host or certbot work) already works on the SQLite store {certbot.StorePath}", second.Error, StringComparison.Ordinal);
        Assert.Contains("SQLite admits one instance per file; to run several instances, put them on PostgreSQL (CertBot:Storage:Provider = postgres)", second.Error, StringComparison.Ordinal);
        Assert.Equal(0, beside.ExitCode);
        Assert.True(afterKill.ExitCode == 0, afterKill.ToString());
    }

    public void Dispose() => certbot.Dispose();
}
