using System.CommandLine;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot confirm &lt;run&gt; --as &lt;principal&gt; [--comment …]</c>: the manual step the run waits at
/// (PRG high availability off/on, pushing a certificate to Jabber, the phone checklist) was done.
/// </summary>
public static class ConfirmCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var comment = RunDecision.CommentOption();
        var command = new Command("confirm", "Confirm that the manual step a run waits at was done (the requester or an approver)") { run, principal, comment };
        command.SetAction((parse, ct) => RunDecision.RunAsync(parse, run, principal,
            RunAction.Confirm,
            d => d with { Comment = parse.GetValue(comment) }, ct));
        return command;
    }
}
