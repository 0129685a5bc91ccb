using System.Diagnostics;
using System.Globalization;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Nodes;
using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using CertBot.Engine.Storage;
using CertBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Benchmarks;

/// <summary>
/// How long an approval takes to reach the runner, over a real SQLite file: a run waits at its approval
/// gate, the runner sleeps between passes, an approver approves, and the clock stops when the runner's next
/// move (opening the confirmation gate of the manual step that follows) is committed. Measured twice: the
/// approval made in the runner's process (the wake-up) and made by another engine over the same file, as
/// the command line beside the host would (only the poll finds it). Target: median under 100 ms in-process.
/// </summary>
internal static class ApprovalBenchmark
{
    private const string Cluster = "bench";
    private const string Requester = "cli:requester";
    private const string Approver = "cli:approver";
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(100);

    public static async Task<int> RunAsync(ApprovalBenchmarkArguments arguments, TextWriter output)
    {
        var directory = Directory.CreateTempSubdirectory("certbot-approval-bench-");
        try
        {
            var path = Path.Combine(directory.FullName, "certbot.db");
            var store = new SqliteEngineStore(path, TimeProvider.System);
            await store.MigrateAsync(CancellationToken.None);
            var host = Engine(store);
            var other = Engine(new SqliteEngineStore(path, TimeProvider.System));
            using var stop = new CancellationTokenSource();
            var runner = host.Runner.RunAsync(arguments.Poll, stop.Token);

            output.WriteLine($"Approval benchmark: SQLite {path}, runner poll interval {Ms(arguments.Poll)} ms");
            var local = await MeasureAsync(host, host, arguments.Runs);
            var remote = await MeasureAsync(host, other, arguments.RemoteRuns);
            await stop.CancelAsync();
            await runner;

            Report(output, "in-process (wake-up)", local);
            Report(output, "other process (poll)", remote);
            var median = Percentile(local, 0.5);
            var passed = median < Target;
            output.WriteLine($"  target   in-process median < {Ms(Target)} ms: {(passed ? "met" : "NOT met")} ({Ms(median)} ms, poll interval {Ms(arguments.Poll)} ms)");
            return passed ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Requests, approves and cancels through <paramref name="approver"/>, waits for <paramref name="host"/>'s
    /// runner; <paramref name="count"/> times. Everything goes through one engine so that, in the other-process
    /// mode, no wake-up of the host's own hides the poll.
    /// </summary>
    private static async Task<List<TimeSpan>> MeasureAsync(CertBotEngine host, CertBotEngine approver, int count)
    {
        var samples = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            var requested = await approver.Runs.RequestAsync(Plan(), Requester, CancellationToken.None);
            var id = requested.Run?.Id ?? throw new InvalidOperationException(requested.Message);
            var watch = Stopwatch.StartNew();
            var approved = await approver.Decisions.DecideAsync(new Decision(RunAction.Approve, id, Approver), CancellationToken.None);
            if (!approved.Changed)
            {
                throw new InvalidOperationException(approved.Message);
            }

            await PickedUpAsync(host, id);
            samples.Add(watch.Elapsed);
            await approver.Decisions.DecideAsync(new Decision(RunAction.Cancel, id, Requester), CancellationToken.None);
        }

        return samples;
    }

    /// <summary>Until the runner committed its move on the run: woken by the host's progress signal, never by a timer of ours.</summary>
    private static async Task PickedUpAsync(CertBotEngine host, Guid id)
    {
        while (true)
        {
            var progress = host.Signals.Progress.Next;
            if (await host.Store.GetAsync(id, CancellationToken.None) is { State: RunState.AwaitingApproval, NextStep: 1 })
            {
                return;
            }

            await progress.WaitAsync(TimeSpan.FromMinutes(1));
        }
    }

    private static CertBotEngine Engine(IEngineStore store)
    {
        var node = new NodeOptions("bench-pub", Product.Cucm, NodeRole.Publisher);
        var options = new EngineOptions { Clusters = [new ClusterOptions(Cluster, [node], [Approver], [])] };
        return new CertBotEngine(options, store, new InstantNodePort(), TimeProvider.System, NullLoggerFactory.Instance, new NoSecrets());
    }

    /// <summary>Approval gate, a manual step (the runner's first move: open its confirmation gate), a restart.</summary>
    private static Plan Plan()
    {
        var node = new NodeRef(Cluster, "bench-pub", Product.Cucm, NodeRole.Publisher);
        PlanStep[] steps =
        [
            new(0, StepKind.ApprovalGate, null, "Approve the benchmark run", "approval", false, TimeSpan.Zero),
            new(1, StepKind.Manual, null, "Confirm the benchmark step", "nothing to do", false, TimeSpan.Zero),
            new(2, StepKind.ControlService, node, "Restart Cisco Tomcat on bench-pub", "utils service restart Cisco Tomcat", true,
                TimeSpan.FromMinutes(1), Service: "Cisco Tomcat", Action: ServiceAction.Restart),
        ];
        return PlanHasher.Seal(new Plan(ProcedureRequest.Regenerate(Cluster, UnitCatalog.Tomcat), steps, [], [], "", TimeProvider.System.GetUtcNow()));
    }

    private static void Report(TextWriter output, string mode, List<TimeSpan> samples) =>
        output.WriteLine($"  {mode,-22} n={samples.Count,-4} median {Ms(Percentile(samples, 0.5)),8} ms  p95 {Ms(Percentile(samples, 0.95)),8} ms  max {Ms(samples.Max()),8} ms");

    private static TimeSpan Percentile(List<TimeSpan> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string Ms(TimeSpan span) => span.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);
}
