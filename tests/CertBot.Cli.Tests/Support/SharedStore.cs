using System.Diagnostics;
using CertBot.Cli.Commands;
using CertBot.Cli.Configuration;
using CertBot.Engine;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using CertBot.Storage.Tests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// The PostgreSQL database several certbot instances share (a fresh one per test, <see cref="PostgresTestDatabase"/>),
/// and the test's own engine over it, composed as the command line composes its own: it reads the runs as stored
/// and gives the people's decisions (approve, confirm, retry) without starting a process for each.
/// </summary>
public sealed class SharedStore : IAsyncDisposable
{
    private readonly PostgresTestDatabase database;
    private readonly ServiceProvider services;
    private readonly CertBotEngine engine;

    private SharedStore(PostgresTestDatabase database, ServiceProvider services)
    {
        this.database = database;
        this.services = services;
        engine = services.GetRequiredService<CertBotEngine>();
    }

    /// <summary>A fresh database, <paramref name="certbot"/> pointed at it, and the test's engine over it.</summary>
    public static async Task<SharedStore> CreateAsync(CertBotWorkspace certbot)
    {
        ArgumentNullException.ThrowIfNull(certbot);
        var database = await PostgresTestDatabase.CreateAsync("certbot_several_");
        certbot.UsePostgres(database.Connection);
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(CliConfiguration.Build([new FileInfo(certbot.ConfigPath)]))
            .AddInMemoryCollection(certbot.ChildEnvironment.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value)))
            .Build();
        var store = new SharedStore(database, CliServices.CreateEngine(configuration, verbose: false));
        await store.engine.Store.MigrateAsync(CancellationToken.None);
        return store;
    }

    public async Task<Run> RunAsync(Guid id) => await engine.Store.GetAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"no run {id}");

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid id) => engine.Store.JournalOfAsync(id, CancellationToken.None);

    /// <summary>The worker holding a live lease on the run now (host:pid:random), or null.</summary>
    public Task<string?> LeaseHolderAsync(Guid id) => engine.Store.LeaseHolderAsync(id, DateTimeOffset.UtcNow, CancellationToken.None);

    /// <summary>A person's decision on the run, through the engine as <c>certbot approve|confirm|retry</c> gives it; fails unless it was taken.</summary>
    public async Task DecideAsync(RunAction action, Guid id, string principal)
    {
        var answer = await engine.Decisions.DecideAsync(new Decision(action, id, principal), CancellationToken.None);
        Assert.True(answer.Changed, $"{action} on {id} was not taken: {answer.Message}");
    }

    /// <summary>Polls the run until <paramref name="reached"/> holds; fails with its journal after <paramref name="limit"/>.</summary>
    public async Task<Run> WaitForAsync(Guid id, Func<Run, bool> reached, TimeSpan limit, string what)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var run = await RunAsync(id);
            if (reached(run))
            {
                return run;
            }

            if (watch.Elapsed > limit)
            {
                var journal = await JournalAsync(id);
                Assert.Fail($"run {id} did not reach {what} within {limit}; it is {run.State} at step {run.NextStep + 1}:\n  {string.Join("\n  ", journal.Select(j => $"{j.Kind} {j.Message}"))}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Gives the decisions people give (the approver approves each approval gate, the requester confirms each
    /// manual step) while the workers work, until <paramref name="reached"/> holds. A run that pauses or fails
    /// on the way ends the test with its journal.
    /// </summary>
    public async Task<Run> DecideUntilAsync(Guid id, Func<Run, bool> reached, string what)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var run = await RunAsync(id);
            if (reached(run))
            {
                return run;
            }

            if (run.State == RunState.AwaitingApproval)
            {
                var manual = run.CurrentStep?.Kind == Engine.Planning.StepKind.Manual;
                await DecideAsync(manual ? RunAction.Confirm : RunAction.Approve, id, manual ? CertBotWorkspace.Requester : CertBotWorkspace.Approver);
                continue;
            }

            if (run.State != RunState.Running || watch.Elapsed > TimeSpan.FromMinutes(2))
            {
                await WaitForAsync(id, reached, TimeSpan.Zero, what);
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }
}
