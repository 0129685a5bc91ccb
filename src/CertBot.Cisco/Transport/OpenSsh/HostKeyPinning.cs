using System.Globalization;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>
/// Builds a known_hosts file holding only the key whose fingerprint is pinned in the configuration.
/// OpenSSH cannot pin a fingerprint directly, so the server's keys are scanned first (key exchange only, no
/// login): when none matches, nothing is sent to the node and the failure is a host key mismatch. The ssh run
/// that follows uses <c>StrictHostKeyChecking=yes</c> against this file, so a key swapped in between is refused too.
/// </summary>
public sealed class HostKeyPinning(HostKeyScanner scanner, PrivateDirectory directory)
{
    public async Task<string> WriteKnownHostsAsync(SshEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var scan = await scanner.ScanAsync(endpoint.Host, endpoint.Port, endpoint.AllowLegacyAlgorithms, cancellationToken);
        if (!scan.Reached)
        {
            throw new NodeException(NodeFailure.Unreachable, endpoint.Name, null, scan.Diagnostics,
                $"{endpoint.Name}: no SSH server answered at {endpoint.Host}:{endpoint.Port.ToString(CultureInfo.InvariantCulture)}.");
        }

        var pinned = scan.Keys.FirstOrDefault(k => k.Matches(endpoint.HostKeySha256));
        if (pinned is null)
        {
            var offered = scan.Keys.Count == 0 ? "no usable key" : string.Join(", ", scan.Keys.Select(k => $"{k.Type} {k.Fingerprint}"));
            throw new NodeException(NodeFailure.HostKeyMismatch, endpoint.Name, null, null,
                $"{endpoint.Name}: host key mismatch at {endpoint.Host}:{endpoint.Port.ToString(CultureInfo.InvariantCulture)}: pinned {endpoint.HostKeySha256}, the server offers {offered}. "
                + "Nothing was sent. If the node was reinstalled, confirm the new key with `certbot trust-host` and update the configuration.");
        }

        var hostPattern = endpoint.Port == 22 ? endpoint.Host : $"[{endpoint.Host}]:{endpoint.Port.ToString(CultureInfo.InvariantCulture)}";
        return directory.WriteFile($"known_hosts-{Guid.NewGuid():N}", $"{hostPattern} {pinned.Type} {pinned.Base64}\n");
    }
}
