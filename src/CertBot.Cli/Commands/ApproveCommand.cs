using System.CommandLine;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot approve &lt;run&gt; --as &lt;principal&gt; [--comment …] [--plan &lt;hash&gt;] [--override-window]</c>:
/// approves the open approval gate. The requester, a non-approver, another plan or an expired gate are
/// refused and nothing changes; <c>cli:</c> approvals are journaled as such and can be switched off
/// (<c>CertBot:AllowCliApprovals</c>).
/// </summary>
public static class ApproveCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var comment = RunDecision.CommentOption();
        var plan = new Option<string?>("--plan") { Description = "The plan hash you reviewed (at least 12 characters); refused when the run's plan is another" };
        var overrideWindow = new Option<bool>("--override-window") { Description = "Also allow service-impacting steps outside the maintenance window (journaled)" };
        var command = new Command("approve", "Approve the gate a run waits at (an approver, never the requester)") { run, principal, comment, plan, overrideWindow };
        command.SetAction((parse, ct) => RunDecision.RunAsync(parse, run, principal,
            RunAction.Approve,
            d => d with { Comment = parse.GetValue(comment), PlanHash = parse.GetValue(plan), OverrideWindow = parse.GetValue(overrideWindow) }, ct));
        return command;
    }
}
