using System.CommandLine;
using CertBot.Cli.Runs;

namespace CertBot.Cli.Commands;

/// <summary><c>certbot show &lt;run&gt; [--json]</c>: state, every step with its outcome, the gates and the journal.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var json = new Option<bool>("--json") { Description = "Print run, gates, journal and allowed actions as JSON" };
        var command = new Command("show", "Show a run: state, steps with outcome, gates, journal") { run, json };
        command.SetAction((parse, ct) => EngineCommand.RunAsync(parse, async engine =>
        {
            var (id, error) = await TypedRunId.ResolveAsync(engine.Store, parse.GetValue(run)!, ct);
            if (id is null || await engine.Engine.Runs.ShowAsync(id.Value, ct) is not { } view)
            {
                await Console.Error.WriteLineAsync(error ?? $"no run {id}; certbot runs lists the runs");
                return error is null || error.StartsWith("no run", StringComparison.Ordinal) ? ExitCodes.NotFound : ExitCodes.Usage;
            }

            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(RunJson.Write(view));
            }
            else
            {
                RunText.Write(Console.Out, view);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
