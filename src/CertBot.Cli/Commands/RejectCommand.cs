using System.CommandLine;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary><c>certbot reject &lt;run&gt; --as &lt;principal&gt; [--comment …]</c>: rejects the open approval gate; the run is cancelled.</summary>
public static class RejectCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var comment = RunDecision.CommentOption();
        var command = new Command("reject", "Reject the gate a run waits at: the run is cancelled (an approver)") { run, principal, comment };
        command.SetAction((parse, ct) => RunDecision.RunAsync(parse, run, principal,
            RunAction.Reject,
            d => d with { Comment = parse.GetValue(comment) }, ct));
        return command;
    }
}
