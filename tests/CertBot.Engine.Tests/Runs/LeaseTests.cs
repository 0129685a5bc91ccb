using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Engine.Tests.Runs;

/// <summary>Several workers on one store: a run is worked by the worker holding its lease, and by no other.</summary>
public sealed class LeaseTests
{
    private static readonly ProcedureRequest Tomcat = ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat);
    private readonly EngineHarness harness = new();

    private List<string> Changes => harness.Lab.Port.Changes.ToList();

    /// <summary>Another instance over the same store, lab and clock.</summary>
    private CertBotEngine Other() =>
        new(harness.Lab.Options, harness.Store, harness.Lab.Port, harness.Time, NullLoggerFactory.Instance, harness.Secrets, new FakeBulkDirectory(harness.Lab.Port));

    [Fact]
    public async Task SecondWorker_WhileTheFirstExecutesAStep_NeitherRecoversNorRepeatsIt()
    {
        var other = Other();
        var id = await harness.RequestAsync(Tomcat);
        var otherWorked = new List<bool>();
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line == "imp-pub: set cert regen tomcat")
            {
                // A second instance polls while the step runs: the lease is live, so it leaves the run alone.
                otherWorked.Add(other.Runner.WorkOnceAsync(default).GetAwaiter().GetResult());
            }
        };

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Succeeded, run.State);
        Assert.Equal([false], otherWorked);
        Assert.Single(Changes, c => c == "imp-pub: set cert regen tomcat");
        Assert.DoesNotContain(await harness.JournalAsync(id), j => j.Kind == JournalKind.Interrupted);
    }

    [Fact]
    public async Task WorkerWhoseLeaseWasTakenOver_DoesNotCommitItsOutcome_TheJournalSaysSo_TheRunStaysInterrupted()
    {
        var other = Other();
        var id = await harness.RequestAsync(Tomcat);
        var recovered = 0;
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line == "cucm-sub1: set cert regen tomcat")
            {
                // This worker stalls past its lease; the other instance finds the step in flight and recovers it.
                harness.Time.Advance(harness.Lab.Options.LeaseTime * 2);
                recovered = other.Runner.RecoverAsync(default).GetAwaiter().GetResult();
            }
        };

        var run = await harness.DriveAsync(id);

        Assert.Equal(1, recovered);
        Assert.Equal(RunState.Interrupted, run.State);
        Assert.Equal("Regenerate tomcat on cucm-sub1", run.CurrentStep!.Title);
        var journal = await harness.JournalAsync(id);
        Assert.Equal(JournalKind.Interrupted, journal[^2].Kind);
        Assert.Contains("succeeded on a worker whose lease was taken over while it ran; that outcome is not committed", journal[^1].Message, StringComparison.Ordinal);

        // The decision is the people's: Retry re-runs the step (nothing else was skipped or repeated unasked),
        // and finds the certificate the stalled worker already renewed, so it is not regenerated a second time.
        harness.Lab.Port.BeforeCommand = null;
        Assert.True((await harness.RetryAsync(id, EngineHarness.Alice)).Changed);
        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
        Assert.Single(Changes, c => c == "cucm-sub1: set cert regen tomcat");
        Assert.Single(Changes, c => c == "imp-pub: set cert regen tomcat");
    }

    [Fact]
    public async Task UnexpectedFailureOfOneRun_PausesThatRunWithTheReason_TheOtherRunsGoOn()
    {
        var east = await harness.RequestAsync(Tomcat);
        var west = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-west", UnitCatalog.Tomcat));
        await harness.ApproveAsync(east, EngineHarness.Bob);
        await harness.ApproveAsync(west, EngineHarness.Bob);
        await harness.WorkAsync();
        await harness.ConfirmAsync(east, EngineHarness.Alice);
        await harness.ConfirmAsync(west, EngineHarness.Alice);

        // Not a node failure: an exception nobody expects, thrown while the east run is re-checked.
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line.StartsWith("imp-sub2: ", StringComparison.Ordinal))
            {
                throw new ArgumentException("a name the adapter cannot handle");
            }
        };

        await harness.WorkAsync();

        var paused = await harness.RunAsync(east);
        Assert.Equal(RunState.Paused, paused.State);
        Assert.Contains("an unexpected failure stopped the work on this run (ArgumentException: a name the adapter cannot handle)", paused.Attention, StringComparison.Ordinal);
        Assert.Contains(await harness.JournalAsync(east), j => j.Kind == JournalKind.StepFailed && j.Message.Contains("ArgumentException", StringComparison.Ordinal));
        Assert.Contains("west-pub: set cert regen tomcat", Changes);
        Assert.DoesNotContain(Changes, c => c.StartsWith("cucm-pub", StringComparison.Ordinal));
    }
}
