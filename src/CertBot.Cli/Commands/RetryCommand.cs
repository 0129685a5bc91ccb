using System.CommandLine;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary><c>certbot retry &lt;run&gt; --as &lt;principal&gt;</c>: Runs the failed or interrupted step again (the requester or an approver).</summary>
public static class RetryCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var command = new Command("retry", "Runs the failed or interrupted step again (the requester or an approver)") { run, principal };
        command.SetAction((parse, ct) => RunDecision.RunAsync(parse, run, principal, RunAction.Retry, null, ct));
        return command;
    }
}
