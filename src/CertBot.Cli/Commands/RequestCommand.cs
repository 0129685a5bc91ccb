using System.CommandLine;
using CertBot.Cli.Procedures;
using CertBot.Cli.Runs;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot request &lt;procedure&gt; --cluster &lt;c&gt; --as &lt;principal&gt;</c>: plans from live state and creates a
/// run of exactly that plan, waiting at its first approval gate. Prints the run id alone on stdout (for
/// scripts); the plan and what comes next go to stderr.
/// </summary>
public static class RequestCommand
{
    public static Command Create()
    {
        var procedure = new ProcedureArguments();
        var principal = RunDecision.AsOption();
        var command = new Command("request", "Plan a procedure and request a run of it (it waits for an approver)") { principal };
        procedure.AddTo(command);
        command.SetAction((parse, ct) => EngineCommand.RunAsync(parse, async engine =>
        {
            var who = parse.GetValue(principal)!;
            if (CliPrincipal.Refuse(who) is { } refusal)
            {
                await Console.Error.WriteLineAsync(refusal);
                return ExitCodes.Usage;
            }

            if (ProcedureGrammar.Parse(procedure.Read(parse), engine.Options, out var error) is not { } request)
            {
                await Console.Error.WriteLineAsync(error);
                return ExitCodes.Usage;
            }

            if (engine.Engine.Policy.RefuseChange(request) is { } readOnly)
            {
                // Refused before a node is read: nobody could approve it.
                await Console.Error.WriteLineAsync(readOnly);
                return ExitCodes.Refused;
            }

            var plan = await engine.Engine.Runs.PlanAsync(request, ct);
            PlanText.Write(Console.Error, plan);
            var answer = await engine.Engine.Runs.RequestAsync(plan, who, ct);
            if (answer.Run is not { } run)
            {
                await Console.Error.WriteLineAsync("refused: " + answer.Message);
                return ExitCodes.Refused;
            }

            await Console.Out.WriteLineAsync(run.Id.ToString("D"));
            var approvers = run.Request.Clusters.SelectMany(c => engine.Options.FindCluster(c)?.Approvers ?? []).Where(a => a != who).Distinct().ToList();
            await Console.Error.WriteLineAsync($"{answer.Message}; next: certbot approve {RunIds.ShortId(run.Id)} --as <{string.Join("|", approvers)}>, then certbot work");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
