using System.CommandLine;
using CertBot.Cli.Output;
using CertBot.Cli.Procedures;
using CertBot.Cli.Runs;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot plan &lt;procedure&gt; --cluster &lt;c&gt; [--json]</c>: reads the cluster (read-only) and prints the
/// plan: steps in order with node, impact and estimate, the gates, the decisions and the hash. Exit code 1
/// when the plan is blocked.
/// </summary>
public static class PlanCommand
{
    public static Command Create()
    {
        var procedure = new ProcedureArguments();
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON (camelCase; shape in the README)" };
        var command = new Command("plan", "Show what a procedure would do on a cluster (reads only, changes nothing)") { json };
        procedure.AddTo(command);
        command.SetAction((parse, ct) => EngineCommand.RunAsync(parse, async engine =>
        {
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
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(CliJson.Serialize(plan));
            }
            else
            {
                PlanText.Write(Console.Out, plan);
            }

            return plan.IsBlocked ? ExitCodes.Refused : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
