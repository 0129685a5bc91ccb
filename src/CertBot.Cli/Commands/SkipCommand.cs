using System.CommandLine;

namespace CertBot.Cli.Commands;

/// <summary><c>certbot skip &lt;run&gt; --as &lt;principal&gt;</c>: Skips the step the run stopped at and goes on (an approver, never the requester).</summary>
public static class SkipCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var command = new Command("skip", "Skips the step the run stopped at and goes on (an approver, never the requester)") { run, principal };
        command.SetAction((parse, ct) => RunDecision.RunAsync(parse, run, principal,
            (engine, id, who, token) => engine.Engine.Runs.SkipAsync(id, who, token), ct));
        return command;
    }
}
