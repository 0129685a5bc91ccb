using System.CommandLine;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary><c>certbot abort &lt;run&gt; --as &lt;principal&gt;</c>: Ends a run that needs attention as failed (the requester or an approver).</summary>
public static class AbortCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var command = new Command("abort", "Ends a run that needs attention as failed (the requester or an approver)") { run, principal };
        command.SetAction((parse, ct) => RunDecision.RunAsync(parse, run, principal, RunAction.Abort, null, ct));
        return command;
    }
}
