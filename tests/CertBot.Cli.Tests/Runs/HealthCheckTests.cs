using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// Health before and after against the lab: <c>utils dbreplication runtimestate</c> on the Unified CM publisher
/// before the first change (bad blocks the plan) and after the last restart (bad pauses the run with the evidence).
/// </summary>
[Collection(RunsLabGroup.Name)]
public sealed class HealthCheckTests(RunsLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task ReplicationIncompleteBeforehand_BlocksThePlanNamingTheServer()
    {
        await using (await lab.InjectFaultAsync("lab-west", "cucm-pub", "replication", "cucm-sub1"))
        {
            var result = await certbot.RunAsync("plan", "regenerate", "tomcat", "--cluster", "lab-west", "--json");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("database replication of lab-west is not healthy", result.Output, StringComparison.Ordinal);
            Assert.Contains("cucm-sub1 (4) Setup Incomplete N/Y/Y", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReplicationBrokenDuringTheRun_PausesAtTheHealthCheckAfterTheRestarts()
    {
        var plan = await certbot.PlanAsync("regenerate", "tomcat", "--cluster", "lab-west");
        Assert.Contains(plan.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("text").GetString()!.Contains("(2) Setup Completed on cucm-pub", StringComparison.Ordinal));
        var run = await certbot.RequestAsync("regenerate", "tomcat", "--cluster", "lab-west");
        await certbot.MustAsync("approve", run, "--as", CertBotWorkspace.Approver);
        await certbot.MustAsync("work", "--until-idle");
        Assert.Equal("AwaitingApproval", (await certbot.ShowAsync(run)).State); // the restarts' gate, after the regenerations

        await lab.FaultAsync("lab-west", "cucm-pub", "replication", "cucm-sub1");
        try
        {
            await certbot.MustAsync("approve", run, "--as", CertBotWorkspace.Approver);
            await certbot.MustAsync("work", "--until-idle");

            var show = await certbot.ShowAsync(run);
            Assert.Equal("Paused", show.State);
            Assert.Equal("CheckHealth", show.Steps[show.NextStep].GetProperty("kind").GetString());
            var attention = show.Run.GetProperty("attention").GetString()!;
            Assert.Contains("lab-west is not healthy after the changes", attention, StringComparison.Ordinal);
            Assert.Contains("cucm-sub1 (4) Setup Incomplete N/Y/Y", attention, StringComparison.Ordinal);
        }
        finally
        {
            await lab.FaultAsync("lab-west", "cucm-pub", "clear");
            await certbot.RunAsync("abort", run, "--as", CertBotWorkspace.Approver);
        }
    }

    public void Dispose() => certbot.Dispose();
}
