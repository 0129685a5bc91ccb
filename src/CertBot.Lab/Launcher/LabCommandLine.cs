using System.CommandLine;
using System.Globalization;
using CertBot.Lab.Definition;

namespace CertBot.Lab.Launcher;

/// <summary>The launcher's verbs (up, down, status, fault, sign) and their options, dispatched to the verb classes.</summary>
internal static class LabCommandLine
{
    public static Task<int> InvokeAsync(string[] args)
    {
        var dir = new Option<string?>("--dir") { Description = "Runtime directory of the lab (default: <repo>/.lab through scripts/lab)" };

        var profile = new Option<string>("--profile") { Description = "test (fast) or demo (real-node delays)", DefaultValueFactory = _ => "demo" };
        profile.AcceptOnlyFromAmong("test", "demo");
        var prefix = new Option<string>("--address-prefix") { Description = "First three octets of the loopback addresses", DefaultValueFactory = _ => "127.0.0" };
        var port = new Option<int>("--port") { Description = "SSH port of every node and of the SFTP server", DefaultValueFactory = _ => 22 };
        var definition = new Option<string?>("--definition") { Description = "Lab definition file (default: lab.json next to the binaries)" };
        var up = new Command("up", "Start the lab (stops a lab already running in the directory first)") { profile, dir, prefix, port, definition };
        up.SetAction((result, ct) => Guarded(() => UpVerb.RunAsync(
            new UpVerb.Options(result.GetValue(profile)!, result.GetValue(dir), result.GetValue(prefix)!, result.GetValue(port), result.GetValue(definition)),
            Console.Out, ct)));

        var down = new Command("down", "Stop every process of the lab") { dir };
        down.SetAction((result, ct) => Guarded(() => DownVerb.RunAsync(result.GetValue(dir), Console.Out, ct)));

        var status = new Command("status", "Show each node's address, pid and reachability") { dir };
        status.SetAction((result, ct) => Guarded(() => StatusVerb.RunAsync(result.GetValue(dir), Console.Out, ct)));

        var node = new Argument<string>("node") { Description = "Node as cluster/node, or its name alone when unique" };
        var kind = new Argument<string>("kind") { Description = FaultVerb.Kinds };
        var rest = new Argument<string[]>("args") { Description = "Factor, command prefix or service name", Arity = ArgumentArity.ZeroOrMore };
        var fault = new Command("fault", "Inject a fault into one node, or clear its faults") { node, kind, rest, dir };
        fault.SetAction((result, ct) => Guarded(() => FaultVerb.RunAsync(
            result.GetValue(node)!, result.GetValue(kind)!, result.GetValue(rest) ?? [], result.GetValue(dir), Console.Out, ct)));

        var csr = new Argument<string>("csr") { Description = "File holding the CSR (PEM)" };
        var intermediate = new Option<bool>("--intermediate") { Description = "Sign through the issuing CA (root → issuing CA → certificate)" };
        var flaw = new Option<string?>("--flaw") { Description = "A wrong answer for tests: " + SignVerb.Flaws };
        var output = new Option<string?>("--out") { Description = "Write the answer to this file instead of standard output" };
        var sign = new Command("sign", "The lab CA signs a CSR: prints the certificate, then its chain") { csr, intermediate, flaw, output, dir };
        sign.SetAction((result, ct) => Guarded(() => SignVerb.RunAsync(
            result.GetValue(csr)!, result.GetValue(intermediate), result.GetValue(flaw), result.GetValue(output), result.GetValue(dir), Console.Out, ct)));

        var root = new RootCommand("certbot-lab: simulated CUCM and IM/P clusters behind real sshd daemons on loopback addresses")
        {
            up, down, status, fault, sign,
        };
        return root.Parse(args).InvokeAsync();
    }

    /// <summary>Turns the launcher's expected failures into one clear line on stderr and exit code 1.</summary>
    private static async Task<int> Guarded(Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception ex) when (ex is LabLauncherException or LabToolException or LabDefinitionException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"certbot-lab: {ex.Message}"));
            return 1;
        }
    }
}
