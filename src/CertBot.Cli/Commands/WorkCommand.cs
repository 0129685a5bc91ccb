using System.CommandLine;
using System.Globalization;
using CertBot.Cli.Composition;
using CertBot.Cli.Runs;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot work [--until-idle]</c>: the runner in the foreground. On start every run a stopped worker left
/// in the middle of a step becomes Interrupted at that step (nothing is re-executed until someone decides);
/// then approved runs are worked step by step with a progress bar each. Without <c>--until-idle</c> it polls
/// until Ctrl-C; a step in flight at that moment is found Interrupted on the next start.
/// </summary>
public static class WorkCommand
{
    public static Command Create()
    {
        var untilIdle = new Option<bool>("--until-idle") { Description = "Stop when no run can go on without a person" };
        var poll = new Option<double>("--poll") { Description = "Seconds between looks for approved runs", DefaultValueFactory = _ => 5 };
        var command = new Command("work", "Run the runner in the foreground: recover, then execute approved runs") { untilIdle, poll };
        command.SetAction((parse, ct) => EngineCommand.RunAsync(parse, engine =>
            WorkAsync(engine, parse.GetValue(untilIdle), TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(poll))), ct), ct));
        return command;
    }

    private static async Task<int> WorkAsync(CliEngine engine, bool untilIdle, TimeSpan poll, CancellationToken cancellationToken)
    {
        // A second runner on one SQLite file is refused before it touches a run (StoreInUseException).
        await using var admission = await engine.Store.AdmitWorkerAsync(cancellationToken);
        var runner = engine.Engine.Runner;
        var interrupted = await runner.RecoverAsync(cancellationToken);
        foreach (var run in interrupted > 0 ? await engine.Store.ListAsync([RunState.Interrupted], 100, cancellationToken) : [])
        {
            await Console.Out.WriteLineAsync($"{RunIds.ShortId(run.Id)} {run.State}: {run.Attention}; decide with certbot retry|skip|abort {RunIds.ShortId(run.Id)} --as <principal>");
        }

        var progress = new WorkProgress(engine.Store, Console.Out, redraw: !Console.IsOutputRedirected);
        using var stopWatching = new CancellationTokenSource();
        var watching = progress.WatchAsync(TimeSpan.FromMilliseconds(200), stopWatching.Token);
        try
        {
            if (untilIdle)
            {
                await runner.RunUntilIdleAsync(cancellationToken);
            }
            else
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"working; looking for approved runs every {poll.TotalSeconds} s; Ctrl-C stops"));
                await runner.RunAsync(poll, cancellationToken);
            }
        }
        finally
        {
            await stopWatching.CancelAsync();
            await watching;
        }

        foreach (var id in progress.Runs)
        {
            if (await engine.Store.GetAsync(id, CancellationToken.None) is { } run)
            {
                await Console.Out.WriteLineAsync(NextHint(run));
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>What the run needs now, as the command that gives it.</summary>
    private static string NextHint(Run run)
    {
        var id = RunIds.ShortId(run.Id);
        return run.State switch
        {
            RunState.AwaitingApproval when run.CurrentStep?.Kind == Engine.Planning.StepKind.Manual =>
                $"{id} waits at step {run.NextStep + 1}: {run.CurrentStep.Title}; when done: certbot confirm {id} --as <principal>",
            RunState.AwaitingApproval => $"{id} waits at step {run.NextStep + 1}: {run.CurrentStep?.Title}; certbot approve {id} --as <approver>",
            RunState.Paused or RunState.Interrupted => $"{id} {run.State}: {run.Attention}; certbot retry|skip|abort {id} --as <principal>",
            _ => $"{id} {run.State}" + (run.Attention is null ? "" : $": {run.Attention}"),
        };
    }
}
