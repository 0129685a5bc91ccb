using System.Diagnostics;
using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// The worker is killed (SIGKILL, the whole process tree) while a slow restart runs on lab-west/cucm-sub1:
/// while its lease is live another worker leaves the run alone; once it expired the run is Interrupted at that
/// step, its journal intact, nothing re-executed; a Retry completes it.
/// </summary>
[Collection(RunsLabGroup.Name)]
public sealed class WorkerCrashTests(RunsLab lab) : IDisposable
{
    private const string SlowStep = "Restart Cisco Tomcat on cucm-sub1";
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task Work_KilledDuringASlowRestart_LeavesTheRunInterruptedAtThatStep_AndRetryCompletesIt()
    {
        var before = await certbot.InventoryAsync("lab-west");
        var run = await certbot.RequestAsync("regenerate", "tomcat", "--cluster", "lab-west");
        await certbot.MustAsync("approve", run, "--as", CertBotWorkspace.Approver);
        await certbot.MustAsync("work", "--until-idle");
        await certbot.MustAsync("approve", run, "--as", CertBotWorkspace.Approver);
        var slowStep = (await certbot.ShowAsync(run)).StepIndex(SlowStep);
        var logs = CommandLogs.Mark(lab.Inventory);
        RunDocument atKill;
        await using (await lab.InjectFaultAsync("lab-west", "cucm-sub1", "slow", "400"))
        {
            atKill = await KillWorkerDuringAsync(logs, "utils service restart Cisco Tomcat", run);
        }

        Assert.Equal("Running", atKill.State);
        Assert.Equal(slowStep, atKill.NextStep);
        Assert.Equal("Running", atKill.StepStatus(slowStep));
        var afterKill = CommandLogs.Mark(lab.Inventory);
        var killedAt = Stopwatch.StartNew();

        var tooEarly = await certbot.MustAsync("work", "--until-idle");
        Assert.True(killedAt.Elapsed < CertBotWorkspace.LeaseTime * 2 / 3, "the first look came too late to prove anything");
        Assert.DoesNotContain("Interrupted", tooEarly.Output, StringComparison.Ordinal);
        Assert.Equal("Running", (await certbot.ShowAsync(run)).State);
        await Task.Delay(CertBotWorkspace.LeaseTime - killedAt.Elapsed + TimeSpan.FromMilliseconds(500));

        var recovery = await certbot.MustAsync("work", "--until-idle");

        Assert.Contains($"Interrupted: interrupted at step {slowStep + 1}: {SlowStep}", recovery.Output, StringComparison.Ordinal);
        var interrupted = await certbot.ShowAsync(run);
        Assert.Equal("Interrupted", interrupted.State);
        Assert.Equal(slowStep, interrupted.NextStep);
        Assert.Equal(Lines(atKill), Lines(interrupted).Take(atKill.Journal.Count));
        Assert.Contains(interrupted.Journal.Skip(atKill.Journal.Count), j => j.GetProperty("kind").GetString() == "Interrupted" && j.GetProperty("stepIndex").GetInt32() == slowStep);
        Assert.Empty(ChangeOrder.Of(afterKill.Since()));

        await certbot.MustAsync("retry", run, "--as", CertBotWorkspace.Requester);
        var done = await certbot.DriveAsync(run);

        Assert.Equal("Succeeded", done.State);
        Assert.Equal(2, done.Outcomes[slowStep].GetProperty("attempts").GetInt32());
        var after = await certbot.InventoryAsync("lab-west");
        Assert.NotEqual(LabInventoryJson.Serial(before, "cucm-sub1", "tomcat"), LabInventoryJson.Serial(after, "cucm-sub1", "tomcat"));
        Assert.Contains(logs.Since(), c => c.Node == "cucm-sub1" && c.Cluster == "lab-west" && c.Command == "utils service restart Cisco Tomcat" && c.At > afterKill.MarkedAt);
    }

    /// <summary>Starts <c>certbot work</c>, waits until the node received <paramref name="command"/>, kills the worker's whole tree.</summary>
    private async Task<RunDocument> KillWorkerDuringAsync(CommandLogs logs, string command, string run)
    {
        using var worker = Process.Start(CertBotProgram.StartInfo([.. certbot.Globals, "work", "--poll", "1"]))!;
        var output = worker.StandardOutput.ReadToEndAsync();
        var error = worker.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (!logs.Since().Any(c => c.Cluster == "lab-west" && c.Node == "cucm-sub1" && c.Command == command))
        {
            if (worker.HasExited)
            {
                Assert.Fail($"the worker ended before the slow step:\n{await output}\n{await error}");
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(2), "cucm-sub1 never received the restart");
            await Task.Delay(100);
        }

        // The restart is slowed 400 times: the step is still in flight now.
        var atKill = await certbot.ShowAsync(run);
        worker.Kill(entireProcessTree: true);
        await worker.WaitForExitAsync();
        await Task.WhenAll(output, error);
        return atKill;
    }

    private static List<string> Lines(RunDocument run) =>
        run.Journal.Select(j => $"{j.GetProperty("sequence")} {j.GetProperty("kind")} {j.GetProperty("message")}").ToList();

    public void Dispose() => certbot.Dispose();
}
