using System.CommandLine;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary><c>certbot skip &lt;run&gt; --as &lt;principal&gt;</c>: Skips the step the run stopped at and goes on (an approver, never the requester).</summary>
public static class SkipCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var command = new Command("skip", "Skips the step the run stopped at and goes on (an approver, never the requester)") { run, principal };
        command.SetAction((parse, ct) => RunDecision.RunAsync(parse, run, principal, RunAction.Skip, null, ct));
        return command;
    }
}
