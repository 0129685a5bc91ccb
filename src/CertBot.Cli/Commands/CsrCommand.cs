using System.CommandLine;
using CertBot.Cli.Runs;
using CertBot.Engine.Renewal;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot csr &lt;run&gt; [--out &lt;dir&gt;]</c>: the CSRs a renewal generated, for the CA: each with its subject,
/// SANs and key algorithm in plain words and its PEM; with <c>--out</c> also written as <c>&lt;node&gt;.csr</c>.
/// </summary>
public static class CsrCommand
{
    public static Command Create()
    {
        var run = RunDecision.RunArgument();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Also write each CSR to <dir>/<node>.csr" };
        var command = new Command("csr", "Print the CSRs of a renewal (to send to the CA)") { run, output };
        command.SetAction((parse, ct) => EngineCommand.RunAsync(parse, async engine =>
        {
            var (id, error) = await TypedRunId.ResolveAsync(engine.Store, parse.GetValue(run)!, ct);
            if (id is null || await engine.Engine.Runs.ShowAsync(id.Value, ct) is not { } view)
            {
                await Console.Error.WriteLineAsync(error ?? $"no run {id}; certbot runs lists the runs");
                return error is null || error.StartsWith("no run", StringComparison.Ordinal) ? ExitCodes.NotFound : ExitCodes.Usage;
            }

            var csrs = view.Run.RenewalOrEmpty.Csrs;
            if (csrs.Count == 0)
            {
                await Console.Error.WriteLineAsync($"run {id} has no CSR yet (a renewal generates them after its first approval)");
                return ExitCodes.Refused;
            }

            var directory = parse.GetValue(output);
            directory?.Create();
            foreach (var csr in SigningRequestFacts.Of(view.Run.RenewalOrEmpty))
            {
                await Console.Out.WriteLineAsync($"{csr.Node}: subject {csr.Subject}");
                await Console.Out.WriteLineAsync($"  SANs {string.Join(", ", csr.DnsNames)}; key {csr.Key}");
                await Console.Out.WriteAsync(csr.Pem);
                if (directory is not null)
                {
                    await File.WriteAllTextAsync(Path.Combine(directory.FullName, csr.Node + ".csr"), csr.Pem, ct);
                }
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
