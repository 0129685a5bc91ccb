using System.CommandLine;
using System.Globalization;
using CertBot.Cisco.Transport.SshNet;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.Logging.Abstractions;

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
        var legacy = new Option<bool>("--legacy") { Description = "Also negotiate the legacy algorithms of old releases (ssh-rsa, group14-sha1)" };
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

        // The same key exchange and fingerprint code as every connection of the adapter; it never logs in.
        var connector = new SshConnector(new SshSettings(), NullLoggerFactory.Instance);
        IReadOnlyList<OfferedHostKey> keys;
        try
        {
            keys = await connector.ScanAsync(host, port, legacy, cancellationToken);
        }
        catch (NodeException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        if (keys.Count == 0)
        {
            await Console.Error.WriteLineAsync($"{host}:{port} answered but agreed on no host key{(legacy ? "" : "; an old release may need --legacy")}.");
            return 1;
        }

        Console.WriteLine($"Host keys offered by {host}:{port}:");
        foreach (var key in keys)
        {
            Console.WriteLine($"  {key.Type,-22} {key.Fingerprint}");
        }

        Console.WriteLine();
        Console.WriteLine("Confirm one of these with the node itself (on its console: the same fingerprint), then add to the node's configuration:");
        // Keys come in the order CertBot prefers them (ed25519, ECDSA, RSA): the first is the one to pin.
        Console.WriteLine($"  \"HostKeySha256\": \"{keys[0].Fingerprint}\"");
        return 0;
    }

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
