using System.CommandLine;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary><c>certbot cancel &lt;run&gt; --as &lt;principal&gt;</c>: Cancels the run: at once while it waits, at the next step boundary while a step runs.</summary>
public static class CancelCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var command = new Command("cancel", "Cancels the run: at once while it waits, at the next step boundary while a step runs") { run, principal };
        command.SetAction((parse, ct) => RunDecision.RunAsync(parse, run, principal, RunAction.Cancel, null, ct));
        return command;
    }
}
