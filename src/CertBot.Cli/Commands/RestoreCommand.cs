using System.CommandLine;
using CertBot.Cli.Runs;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot restore &lt;run&gt; --as &lt;principal&gt;</c>: for a run that ended early, plans the undo of what it
/// left half-done (the services it stopped, the PRG high availability reminder) and requests a run of that plan,
/// which waits for an approver like any other. Prints the new run id alone on stdout; the plan goes to stderr.
/// </summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var command = new Command("restore", "Plan and request the undo of what a failed or cancelled run left half-done") { run, principal };
        command.SetAction((parse, ct) => EngineCommand.RunAsync(parse, async engine =>
        {
            var who = parse.GetValue(principal)!;
            if (CliPrincipal.Refuse(who) is { } refusal)
            {
                await Console.Error.WriteLineAsync(refusal);
                return ExitCodes.Usage;
            }

            var (id, error) = await TypedRunId.ResolveAsync(engine.Store, parse.GetValue(run)!, ct);
            if (id is null || await engine.Engine.Runs.ShowAsync(id.Value, ct) is not { } view)
            {
                await Console.Error.WriteLineAsync(error ?? "no run with that id");
                return ExitCodes.NotFound;
            }

            if (Leftovers.Of(view.Run) is not { } leftovers)
            {
                await Console.Error.WriteLineAsync($"run {RunIds.ShortId(view.Run.Id)} is {view.Run.State}: it left nothing half-done to restore");
                return ExitCodes.Refused;
            }

            var plan = await engine.Engine.Runs.PlanAsync(ProcedureRequest.Restore(view.Run.Cluster, leftovers), ct);
            PlanText.Write(Console.Error, plan);
            var answer = await engine.Engine.Runs.RequestAsync(plan, who, ct);
            if (answer.Run is not { } restore)
            {
                await Console.Error.WriteLineAsync("refused: " + answer.Message);
                return ExitCodes.Refused;
            }

            await Console.Out.WriteLineAsync(restore.Id.ToString("D"));
            await Console.Error.WriteLineAsync($"{answer.Message}; next: certbot approve {RunIds.ShortId(restore.Id)} --as <approver>, then certbot work");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
