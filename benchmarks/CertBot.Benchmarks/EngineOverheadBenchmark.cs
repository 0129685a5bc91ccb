using System.Diagnostics;
using System.Globalization;
using CertBot.Cli.Commands;
using CertBot.Cli.Configuration;
using CertBot.Engine;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Benchmarks;

/// <summary>
/// What the engine adds to a run: one regeneration on a running lab, composed as the command line composes it (the
/// Cisco adapter, a SQLite file), its gates decided the moment they open, its wall time from the request to
/// Succeeded against the time some node of the cluster was busy with its commands or login banners, as the lab's
/// nodes record them (<c>command-times.log</c>): what is left is the engine's (and SSH's) share. Target: at most 5 %.
/// </summary>
internal static class EngineOverheadBenchmark
{
    private const string Requester = "cli:requester";
    private const string Approver = "cli:approver";
    private const double Target = 0.05;

    public static async Task<int> RunAsync(EngineOverheadArguments arguments, TextWriter output)
    {
        var directory = Directory.CreateTempSubdirectory("certbot-overhead-bench-");
        try
        {
            var configuration = CliConfiguration.Build([new FileInfo(Path.Combine(arguments.LabDirectory, "certbot.json"))]);
            // Every cluster gets the benchmark's approver: the engine refuses a cluster nobody could approve on.
            var settings = new Dictionary<string, string?> { ["CertBot:Storage:SqlitePath"] = Path.Combine(directory.FullName, "certbot.db") };
            foreach (var (cluster, index) in configuration.GetSection("CertBot:Clusters").GetChildren().Select((c, i) => (c, i)))
            {
                settings[$"CertBot:Clusters:{index}:Approvers:0"] = Approver;
            }

            var layered = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(settings).Build();
            await using var services = CliServices.CreateEngine(layered, verbose: false);
            var engine = services.GetRequiredService<CertBotEngine>();
            await engine.Store.MigrateAsync(CancellationToken.None);
            var unit = UnitCatalog.Find(arguments.Unit) ?? throw new ArgumentException($"unknown unit {arguments.Unit}");
            var nodeTimes = new NodeTimes(Path.Combine(arguments.LabDirectory, "inventory.json"), arguments.Cluster);

            using var stop = new CancellationTokenSource();
            var runner = engine.Runner.RunAsync(TimeSpan.FromSeconds(2), stop.Token);
            var started = DateTimeOffset.UtcNow;
            var watch = Stopwatch.StartNew();
            var requested = await engine.Runs.RequestAsync(ProcedureRequest.Regenerate(arguments.Cluster, unit), Requester, CancellationToken.None);
            var id = requested.Run?.Id ?? throw new InvalidOperationException(requested.Message);
            var ended = await DriveAsync(engine, id);
            var wall = watch.Elapsed;
            var finished = DateTimeOffset.UtcNow;
            await stop.CancelAsync();
            await runner;

            var (commands, logins, count, sessions, busy) = nodeTimes.Between(started, finished);
            var overhead = (wall - busy) / wall;
            output.WriteLine($"Engine overhead: regenerate {unit} on {arguments.Cluster} ({ended.Plan.Steps.Count} steps), run {RunIds.ShortId(id)} ended {ended.State}");
            output.WriteLine("| run wall time | some node busy | engine's share | node commands (sum) | node logins (sum) | commands | logins |");
            output.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {wall.TotalSeconds:F2} s | {busy.TotalSeconds:F2} s | {overhead:P1} | {commands.TotalSeconds:F2} s | {logins.TotalSeconds:F2} s | {count} | {sessions} |"));
            var met = ended.State == RunState.Succeeded && overhead <= Target;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  target   engine's share ≤ {Target:P0} of the wall time: {(met ? "met" : "NOT met")} ({overhead:P1})"));
            return met ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Approves each approval gate and confirms each manual step as soon as it opens; returns the run once it ended.</summary>
    private static async Task<Run> DriveAsync(CertBotEngine engine, Guid id)
    {
        while (true)
        {
            var progress = engine.Signals.Progress.Next;
            var view = await engine.Runs.ShowAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"run {id} vanished");
            if (view.Run.State is RunState.Succeeded or RunState.Failed or RunState.Cancelled or RunState.Paused or RunState.Interrupted)
            {
                return view.Run;
            }

            if (view.Gates.FirstOrDefault(g => g.IsOpen) is { } gate)
            {
                var decision = gate.Kind == GateKind.Approval ? new Decision(RunAction.Approve, id, Approver) : new Decision(RunAction.Confirm, id, Requester);
                var answer = await engine.Decisions.DecideAsync(decision, CancellationToken.None);
                if (answer.Changed)
                {
                    continue;
                }
            }

            await progress.WaitAsync(TimeSpan.FromSeconds(1)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
