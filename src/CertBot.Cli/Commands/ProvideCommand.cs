using System.CommandLine;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot provide &lt;run&gt; --certificate &lt;file&gt; [--chain &lt;file&gt;] --as &lt;principal&gt;</c>: the CA's answer to
/// a renewal's CSRs (PEM). The engine validates it against the CSRs before it is kept; a wrong answer is refused
/// with its reason and the run keeps waiting.
/// </summary>
public static class ProvideCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var principal = RunDecision.AsOption();
        var certificate = new Option<FileInfo>("--certificate") { Description = "The signed certificate(s), PEM (a file may hold the chain too)", Required = true };
        var chain = new Option<FileInfo?>("--chain") { Description = "The CA chain, PEM: issuing CAs and the root" };
        var command = new Command("provide", "Give a renewal the CA's signed certificate and chain (the requester or an approver)") { run, principal, certificate, chain };
        command.SetAction(async (parse, ct) =>
        {
            string text;
            try
            {
                text = await File.ReadAllTextAsync(parse.GetValue(certificate)!.FullName, ct)
                    + (parse.GetValue(chain) is { } file ? "\n" + await File.ReadAllTextAsync(file.FullName, ct) : "");
            }
            catch (IOException e)
            {
                await Console.Error.WriteLineAsync($"cannot read the certificate: {e.Message}");
                return ExitCodes.Usage;
            }

            return await RunDecision.RunAsync(parse, run, principal, RunAction.Provide, d => d with { Certificate = text }, ct);
        });
        return command;
    }
}
