using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CertBot.Cli.Commands;
using CertBot.Cli.Configuration;
using CertBot.Engine;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CertBot.Benchmarks;

/// <summary>
/// Several <c>certbot work</c> processes on one PostgreSQL database against the lab of four small clusters
/// (test profile): runs completed per hour with one and with two instances, and the time from a killed
/// instance to its run being offered for recovery (Interrupted), which should be about the lease time.
/// </summary>
internal static class SeveralInstancesBenchmark
{
    private const string ConnectionVariable = "CERTBOT_BENCH_DB";
    private const string Requester = "cli:alice";
    private const string Approver = "cli:bob";
    private static readonly string[] Clusters = ["north", "south", "site-a", "site-b"];

    public static async Task<int> RunAsync(SeveralInstancesArguments arguments, TextWriter output)
    {
        var server = Environment.GetEnvironmentVariable("CERTBOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CERTBOT_TEST_POSTGRES is not set: . scripts/lib/postgres.sh && certbot_pg_up");
        var directory = Directory.CreateTempSubdirectory("certbot-bench-several-").FullName;
        try
        {
            var config = WriteConfig(arguments, directory);
            await output.WriteLineAsync($"lease {arguments.Lease.TotalSeconds} s, {arguments.Runs} runs of 'regenerate tomcat' over {string.Join(", ", Clusters)}");
            var one = await ThroughputAsync(server, config, arguments.Runs, instances: 1);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"1 instance:  {arguments.Runs} runs in {one.TotalSeconds:F1} s = {arguments.Runs / one.TotalHours:F0} runs/hour"));
            var two = await ThroughputAsync(server, config, arguments.Runs, instances: 2);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"2 instances: {arguments.Runs} runs in {two.TotalSeconds:F1} s = {arguments.Runs / two.TotalHours:F0} runs/hour; ratio {one / two:F2}"));
            var recoveries = await RecoveriesAsync(server, config, arguments);
            var sorted = recoveries.Order().ToList();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"kill -9 → Interrupted, n={sorted.Count}: {string.Join(" / ", sorted.Select(r => $"{r.TotalSeconds:F2}"))} s; median {sorted[sorted.Count / 2].TotalSeconds:F2} s (lease {arguments.Lease.TotalSeconds} s)"));
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Keeps every cluster busy with one run (requested and approved at once) until <paramref name="runs"/> succeeded.</summary>
    private static async Task<TimeSpan> ThroughputAsync(string server, string config, int runs, int instances)
    {
        await using var database = await BenchDatabase.CreateAsync(server);
        await using var engine = await EngineAsync(config, database.Connection);
        var workers = Enumerable.Range(0, instances).Select(_ => WorkerProcess.Start(config, ConnectionVariable, database.Connection)).ToList();
        try
        {
            var active = new Dictionary<string, Guid>();
            var requested = 0;
            var done = 0;
            var watch = Stopwatch.StartNew();
            while (done < runs)
            {
                workers.ForEach(w => w.MustBeAlive());
                foreach (var cluster in Clusters.Where(c => !active.ContainsKey(c) && requested < runs).ToList())
                {
                    var answer = await engine.Engine.Runs.RequestAsync(ProcedureRequest.Regenerate(cluster, UnitCatalog.Tomcat), Requester, CancellationToken.None);
                    active[cluster] = answer.Run?.Id ?? throw new InvalidOperationException(answer.Message);
                    requested++;
                }

                foreach (var (cluster, id) in active.ToList())
                {
                    var run = await engine.Store.GetAsync(id, CancellationToken.None);
                    switch (run!.State)
                    {
                        case RunState.AwaitingApproval when run.CurrentStep?.Kind == StepKind.Manual:
                            await engine.Engine.Decisions.DecideAsync(new Decision(RunAction.Confirm, id, Requester), CancellationToken.None);
                            break;
                        case RunState.AwaitingApproval:
                            await engine.Engine.Decisions.DecideAsync(new Decision(RunAction.Approve, id, Approver), CancellationToken.None);
                            break;
                        case RunState.Succeeded:
                            active.Remove(cluster);
                            done++;
                            break;
                        case RunState.Running:
                            break;
                        default:
                            throw new InvalidOperationException($"run {id} on {cluster} is {run.State}: {run.Attention}");
                    }
                }

                await Task.Delay(20);
            }

            return watch.Elapsed;
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }
    }

    /// <summary>Two instances; the one executing a (slowed) regeneration is killed; how long until the run is Interrupted.</summary>
    private static async Task<List<TimeSpan>> RecoveriesAsync(string server, string config, SeveralInstancesArguments arguments)
    {
        await using var database = await BenchDatabase.CreateAsync(server);
        await using var engine = await EngineAsync(config, database.Connection);
        var workers = new List<WorkerProcess> { WorkerProcess.Start(config, ConnectionVariable, database.Connection), WorkerProcess.Start(config, ConnectionVariable, database.Connection) };
        await LabFaultAsync(arguments.Lab, "south/cucm-pub", "slow", "50");
        var times = new List<TimeSpan>();
        try
        {
            for (var i = 0; i < arguments.Kills; i++)
            {
                var id = (await engine.Engine.Runs.RequestAsync(ProcedureRequest.Regenerate("south", UnitCatalog.Tomcat), Requester, CancellationToken.None)).Run!.Id;
                await engine.Engine.Decisions.DecideAsync(new Decision(RunAction.Approve, id, Approver), CancellationToken.None);
                await WaitAsync(engine, id, r => r.Steps[1].Status == StepStatus.Running);
                var holder = await engine.Store.LeaseHolderAsync(id, DateTimeOffset.UtcNow, CancellationToken.None);
                var victim = workers.Single(w => w.Owns(holder));
                victim.Kill();
                var killed = Stopwatch.StartNew();
                workers.Remove(victim);
                victim.Dispose();
                workers.Add(WorkerProcess.Start(config, ConnectionVariable, database.Connection));
                await WaitAsync(engine, id, r => r.State == RunState.Interrupted);
                times.Add(killed.Elapsed);
                await engine.Engine.Decisions.DecideAsync(new Decision(RunAction.Abort, id, Approver), CancellationToken.None);
            }
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
            await LabFaultAsync(arguments.Lab, "south/cucm-pub", "clear");
        }

        return times;
    }

    private static async Task WaitAsync(BenchEngine engine, Guid id, Func<Run, bool> reached)
    {
        var watch = Stopwatch.StartNew();
        while (!reached((await engine.Store.GetAsync(id, CancellationToken.None))!))
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"run {id} did not get there within 2 minutes");
            }

            await Task.Delay(20);
        }
    }

    private static async Task<BenchEngine> EngineAsync(string config, string connection)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(CliConfiguration.Build([new FileInfo(config)]))
            .AddInMemoryCollection([KeyValuePair.Create(ConnectionVariable, (string?)connection)])
            .Build();
        var engine = new BenchEngine(CliServices.CreateEngine(configuration, verbose: false));
        await engine.Store.MigrateAsync(CancellationToken.None);
        return engine;
    }

    /// <summary>The lab's certbot.json with approvers, the lease under test and the PostgreSQL store (0600: it holds the lab's passwords).</summary>
    private static string WriteConfig(SeveralInstancesArguments arguments, string directory)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(arguments.Lab, "certbot.json")))!;
        foreach (var cluster in root["CertBot"]!["Clusters"]!.AsArray())
        {
            cluster!["Approvers"] = new JsonArray(Approver);
        }

        root["CertBot"]!["LeaseTime"] = arguments.Lease.ToString("c", CultureInfo.InvariantCulture);
        root["CertBot"]!["Storage"] = new JsonObject { ["Provider"] = "postgres", ["PostgresConnectionVariable"] = ConnectionVariable };
        var path = Path.Combine(directory, "certbot.json");
        File.WriteAllText(path, root.ToJsonString());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    private static async Task LabFaultAsync(string lab, params string[] fault)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "scripts", "lab")) { UseShellExecute = false };
        foreach (var argument in (string[])["fault", .. fault, "--dir", lab])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CertBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CertBot.sln not found above the benchmark");
    }

    private sealed class BenchEngine(ServiceProvider services) : IAsyncDisposable
    {
        public CertBotEngine Engine { get; } = services.GetRequiredService<CertBotEngine>();

        public Engine.Storage.IEngineStore Store => Engine.Store;

        public ValueTask DisposeAsync() => services.DisposeAsync();
    }

    private sealed class BenchDatabase(string server, string name) : IAsyncDisposable
    {
        public string Connection => new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

        public static async Task<BenchDatabase> CreateAsync(string server)
        {
            var database = new BenchDatabase(server, "certbot_bench_" + Guid.NewGuid().ToString("N"));
            await ExecuteAsync(server, $"CREATE DATABASE {database.Name}");
            return database;
        }

        private string Name => name;

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }

        private static async Task ExecuteAsync(string server, string sql)
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
