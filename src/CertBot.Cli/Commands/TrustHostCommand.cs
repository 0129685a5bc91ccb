using System.CommandLine;
using System.Globalization;
using CertBot.Cisco.Transport.OpenSsh;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot trust-host &lt;host[:port]&gt;</c>: prints the host key fingerprints an operator must confirm (with
/// the node's console or its administrator) and paste into the configuration. It never writes them anywhere
/// itself: trusting on first use silently is what pinning exists to prevent.
/// </summary>
public static class TrustHostCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("host[:port]") { Description = "The node's address, optionally with the SSH port" };
        var legacy = new Option<bool>("--legacy") { Description = "Also ask for ssh-dss keys (old platforms)" };
        var command = new Command("trust-host", "Show a node's SSH host key fingerprints to confirm and pin") { target, legacy };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(target)!, parse.GetValue(legacy), ct));
        return command;
    }

    private static async Task<int> RunAsync(string target, bool legacy, CancellationToken cancellationToken)
    {
        if (!TryParseTarget(target, out var host, out var port))
        {
            await Console.Error.WriteLineAsync($"'{target}' is not host or host:port (an IPv6 address with a port is [addr]:port)");
            return 2;
        }

        var scanner = new HostKeyScanner(new OpenSshSettings());
        var scan = await scanner.ScanAsync(host, port, legacy, cancellationToken);
        if (!scan.Reached || scan.Keys.Count == 0)
        {
            await Console.Error.WriteLineAsync($"No SSH server answered at {host}:{port}. {scan.Diagnostics}".Trim());
            return 1;
        }

        Console.WriteLine($"Host keys offered by {host}:{port}:");
        foreach (var key in scan.Keys)
        {
            Console.WriteLine($"  {key.Type,-22} {key.Fingerprint}");
        }

        Console.WriteLine();
        Console.WriteLine("Confirm one of these with the node itself (on its console: the same fingerprint), then add to the node's configuration:");
        Console.WriteLine($"  \"HostKeySha256\": \"{Preferred(scan.Keys).Fingerprint}\"");
        return 0;
    }

    /// <summary>The key OpenSSH would use by default: ed25519, then ECDSA, then RSA.</summary>
    private static HostKey Preferred(IReadOnlyList<HostKey> keys) =>
        keys.FirstOrDefault(k => k.Type == "ssh-ed25519")
        ?? keys.FirstOrDefault(k => k.Type.StartsWith("ecdsa", StringComparison.Ordinal))
        ?? keys[0];

    public static bool TryParseTarget(string target, out string host, out int port)
    {
        ArgumentNullException.ThrowIfNull(target);
        host = target.Trim();
        port = 22;
        if (host.StartsWith('[') && host.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            var rest = host[(close + 1)..];
            host = host[1..close];
            return rest.Length == 0 || rest.StartsWith(':') && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is > 0 and < 65536;
        }

        var colon = host.LastIndexOf(':');
        if (colon > 0 && host.IndexOf(':', StringComparison.Ordinal) == colon)
        {
            if (!int.TryParse(host[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            {
                return false;
            }

            host = host[..colon];
        }

        return host.Length > 0 && !host.StartsWith('-') && !host.Any(char.IsWhiteSpace);
    }
}
