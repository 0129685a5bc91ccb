using System.Diagnostics;
using System.Globalization;

namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>
/// Runs <c>ssh-keyscan</c>: key exchange only, no login, nothing sent to the CLI. Used to build the pinned
/// known_hosts file and by <c>certbot trust-host</c>.
/// </summary>
public sealed class HostKeyScanner(OpenSshSettings settings)
{
    public async Task<HostKeyScanResult> ScanAsync(string host, int port, bool allowLegacy, CancellationToken cancellationToken)
    {
        var psi = new ProcessStartInfo(settings.KeyscanPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-T");
        psi.ArgumentList.Add(((int)Math.Ceiling(settings.ConnectTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        psi.ArgumentList.Add("-p");
        psi.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        psi.ArgumentList.Add("-t");
        psi.ArgumentList.Add(allowLegacy ? "rsa,ecdsa,ed25519,dsa" : "rsa,ecdsa,ed25519");
        psi.ArgumentList.Add("--");
        psi.ArgumentList.Add(host);

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {settings.KeyscanPath}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }

        var keys = new List<HostKey>();
        foreach (var line in (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith('#') || parts.Length < 3)
            {
                continue;
            }

            var key = new HostKey(parts[1], parts[2]);
            if (IsBase64(key.Base64))
            {
                keys.Add(key);
            }
        }

        var diagnostics = await stderr;
        // keyscan prints "# host:port SSH-2.0-…" for every connection it completed.
        var reached = keys.Count > 0 || diagnostics.Contains("SSH-", StringComparison.Ordinal);
        return new HostKeyScanResult(reached, keys, diagnostics.Trim());
    }

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out _);
}
