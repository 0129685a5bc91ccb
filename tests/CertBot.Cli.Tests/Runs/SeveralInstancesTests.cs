using System.Diagnostics;
using CertBot.Cli.Tests.Support;
using CertBot.Engine.Runs;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// Several <c>certbot work</c> processes on one PostgreSQL database, on the lab of small clusters: every change
/// reaches a node once, a killed worker's step is recovered by another after its lease expired and runs again only
/// on a person's Retry, a worker whose lease was taken over commits nothing, and two requests for the same pair of
/// clusters get one run and one "cluster busy".
/// </summary>
[Collection(RunsLabGroup.Name)]
public sealed class SeveralInstancesTests(SeveralClustersLab lab) : IClassFixture<SeveralClustersLab>, IAsyncLifetime, IDisposable
{
    /// <summary>Short, so the test waits seconds for a recovery; long enough that a loaded machine renews in time.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(4);

    private readonly CertBotWorkspace certbot = new(lab);
    private SharedStore store = null!;

    public async Task InitializeAsync()
    {
        certbot.UseLeaseTime(Lease);
        store = await SharedStore.CreateAsync(certbot);
    }

    [Fact]
    public async Task TwoWorkers_OneApprovedRegeneration_SendEachChangeExactlyOnce()
    {
        var run = Guid.Parse(await certbot.RequestAsync("regenerate", "cup", "--cluster", "north"));
        var logs = CommandLogs.Mark(lab.Inventory);
        // Slowed, so that each step is in flight while the other worker's passes look at the run.
        await using (await lab.InjectFaultAsync("north", "imp-pub", "slow", "10"))
        {
            await using var first = certbot.StartWorker();
            await using var second = certbot.StartWorker();

            var done = await store.DecideUntilAsync(run, r => r.State is RunState.Succeeded, "Succeeded");

            Assert.All(done.Steps.Where((_, i) => !done.Plan.Steps[i].WaitsForPerson), s => Assert.Equal(1, s.Attempts));
        }

        ChangeOrder.AssertExactly(logs.Since(),
            "north/imp-pub: set cert regen cup",
            "north/imp-pub: utils service restart Cisco SIP Proxy",
            "north/imp-pub: utils service restart Cisco Presence Engine");
    }

    [Fact]
    public async Task KillingTheWorkingInstance_AtEveryStepOfP1_TheOtherRecoversAfterTheLease_AndRetryCompletesIt()
    {
        var run = Guid.Parse(await certbot.RequestAsync("regenerate", "cup", "--cluster", "north"));
        var plan = (await store.RunAsync(run)).Plan;
        // The steps that change a node (the health check after them only reads).
        var executing = plan.Steps.Where(s => s.Node is not null && s.Changes).ToList();
        Assert.Equal(3, executing.Count);
        var logs = CommandLogs.Mark(lab.Inventory);
        var workers = new List<CertBotWorker> { certbot.StartWorker(), certbot.StartWorker() };
        await lab.FaultAsync("north", "imp-pub", "slow", "40");
        try
        {
            foreach (var step in executing)
            {
                await store.DecideUntilAsync(run, r => r.NextStep == step.Index && r.Steps[step.Index].Status == StepStatus.Running, $"step {step.Index + 1} running");
                await WaitForCommandAsync(logs, step.Intent);
                var holder = await store.LeaseHolderAsync(run);
                var victim = workers.Single(w => w.Owns(holder));
                await victim.KillAsync();
                var killedAt = Stopwatch.StartNew();
                var afterKill = CommandLogs.Mark(lab.Inventory);
                workers.Remove(victim);
                workers.Add(certbot.StartWorker());

                var interrupted = await store.WaitForAsync(run, r => r.State == RunState.Interrupted, Lease * 4, $"Interrupted at step {step.Index + 1}");
                var recoveredAfter = killedAt.Elapsed;

                // The lease was renewed at most a third of its time before the kill: nobody touched the run before it ran out.
                Assert.True(recoveredAfter >= Lease * 0.6, $"step {step.Index + 1} was recovered {recoveredAfter} after the kill, before the lease ({Lease}) could expire");
                Assert.Equal(step.Index, interrupted.NextStep);
                Assert.Equal($"interrupted at step {step.Index + 1}: {step.Title}", interrupted.Attention);
                var journal = await store.JournalAsync(run);
                Assert.Contains(journal, j => j.Kind == JournalKind.StepStarted && j.StepIndex == step.Index);
                Assert.Equal(JournalKind.Interrupted, journal[^1].Kind);
                Assert.Equal(step.Index, journal[^1].StepIndex);
                Assert.Empty(ChangeOrder.Of(afterKill.Since()));

                await store.DecideAsync(RunAction.Retry, run, CertBotWorkspace.Requester);
            }

            var done = await store.DecideUntilAsync(run, r => r.State is RunState.Succeeded, "Succeeded");

            Assert.All(executing, s => Assert.Equal(2, done.Steps[s.Index].Attempts));
        }
        finally
        {
            await lab.FaultAsync("north", "imp-pub", "clear");
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }

        // Each change once per attempt at most: the killed attempt and the one Retry asked for. A regeneration the
        // killed attempt already applied is read back on retry and not sent again.
        var changes = ChangeOrder.Of(logs.Since()).GroupBy(c => c.Command).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(changes["set cert regen cup"], 1, 2);
        Assert.Equal(2, changes["utils service restart Cisco SIP Proxy"]);
        Assert.Equal(2, changes["utils service restart Cisco Presence Engine"]);
        Assert.Equal(3, changes.Count);
    }

    [Fact]
    public async Task AWorkerWhoseLeaseWasTakenOver_CommitsNoOutcome_AndTheJournalSaysSo()
    {
        var run = Guid.Parse(await certbot.RequestAsync("regenerate", "tomcat", "--cluster", "south"));
        await store.DecideAsync(RunAction.Approve, run, CertBotWorkspace.Approver);
        var logs = CommandLogs.Mark(lab.Inventory);
        await lab.FaultAsync("south", "cucm-pub", "slow", "100");
        await using var frozen = certbot.StartWorker();
        try
        {
            await WaitForCommandAsync(logs, "set cert regen tomcat");
            await frozen.FreezeAsync();
            await store.WaitForAsync(run, r => r.Steps[1].Status == StepStatus.Running, TimeSpan.Zero, "step 2 running");
            var watch = Stopwatch.StartNew();
            while (await store.LeaseHolderAsync(run) is not null)
            {
                Assert.True(watch.Elapsed < Lease * 2, "the frozen worker's lease never expired");
                await Task.Delay(100);
            }

            var recovery = await certbot.MustAsync("work", "--until-idle");
            Assert.Contains("Interrupted: interrupted at step 2: Regenerate tomcat on cucm-pub", recovery.Output, StringComparison.Ordinal);
        }
        finally
        {
            await frozen.ThawAsync();
            await lab.FaultAsync("south", "cucm-pub", "clear");
        }

        var journal = await WaitForJournalAsync(run, "on a worker whose lease was taken over while it ran");
        var after = await store.RunAsync(run);

        Assert.Equal(RunState.Interrupted, after.State);
        Assert.Equal(1, after.NextStep);
        Assert.NotEqual(StepStatus.Succeeded, after.Steps[1].Status);
        Assert.Contains("that outcome is not committed over the decision taken since", journal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangesBothWays_RequestedAtTheSameMoment_OneProceeds_TheOtherIsToldClusterBusy()
    {
        var requests = await Task.WhenAll(
            certbot.RunAsync("request", "exchange", "--from", "site-a", "--to", "site-b", "--as", CertBotWorkspace.Requester),
            certbot.RunAsync("request", "exchange", "--from", "site-b", "--to", "site-a", "--as", CertBotWorkspace.Requester));

        var proceeded = Assert.Single(requests, r => r.ExitCode == 0);
        var refused = Assert.Single(requests, r => r.ExitCode == 1);
        var run = Guid.Parse(proceeded.Output.Trim());
        Assert.Contains($"refused: cluster busy: run {run} holds it (site-a; one changing run per cluster)", refused.Error, StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await store.RunAsync(run)).State);
    }

    private static async Task WaitForCommandAsync(CommandLogs logs, string command)
    {
        var watch = Stopwatch.StartNew();
        while (!logs.Since().Any(c => c.Command == command))
        {
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"no node received '{command}'");
            await Task.Delay(25);
        }
    }

    private async Task<JournalEntry> WaitForJournalAsync(Guid run, string text)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var journal = await store.JournalAsync(run);
            if (journal.FirstOrDefault(j => j.Message.Contains(text, StringComparison.Ordinal)) is { } entry)
            {
                return entry;
            }

            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"the journal never said '{text}':\n  {string.Join("\n  ", journal.Select(j => $"{j.Kind} {j.Message}"))}");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    public void Dispose() => certbot.Dispose();
}
