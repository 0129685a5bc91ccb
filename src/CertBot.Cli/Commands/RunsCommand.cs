using System.CommandLine;
using CertBot.Cli.Runs;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary><c>certbot runs [--state s]... [--limit n]</c>: the runs, newest first, one line each.</summary>
public static class RunsCommand
{
    public static Command Create()
    {
        var states = new Option<RunState[]>("--state") { Description = "Only runs in this state (repeatable): Running, AwaitingApproval, Paused, Interrupted, Succeeded, ..." };
        var limit = new Option<int>("--limit") { Description = "At most this many runs", DefaultValueFactory = _ => 200 };
        var command = new Command("runs", "List the runs with their state and the step they stand at") { states, limit };
        command.SetAction((parse, ct) => EngineCommand.RunAsync(parse, async engine =>
        {
            var runs = await engine.Engine.Runs.ListAsync(parse.GetValue(states) ?? [], Math.Max(1, parse.GetValue(limit)), ct);
            if (runs.Count == 0)
            {
                await Console.Error.WriteLineAsync("no runs (certbot request creates one)");
                return ExitCodes.Ok;
            }

            await Console.Out.WriteLineAsync($"{"run",-8}  {"state",-16}  {"step",-7}  {"requested by",-16}  {"created (UTC)",-16}  procedure");
            foreach (var run in runs)
            {
                var step = $"{Math.Min(run.NextStep + 1, run.Plan.Steps.Count)}/{run.Plan.Steps.Count}";
                await Console.Out.WriteLineAsync($"{RunIds.ShortId(run.Id),-8}  {run.State,-16}  {step,-7}  {run.RequestedBy,-16}  {run.CreatedAt:yyyy-MM-dd HH:mm}  {run.Request}" +
                    (run.Attention is null ? "" : $"  ({run.Attention})") + (RunText.Unreachable(run) is { } unreachable ? $"  [{unreachable}]" : ""));
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
