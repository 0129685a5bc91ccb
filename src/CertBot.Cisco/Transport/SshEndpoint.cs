namespace CertBot.Cisco.Transport;

/// <summary>
/// Where and how to log in to one SSH server (a node or the SFTP server). The password is a secret: it is
/// handed to the transport only, and <see cref="ToString"/> never shows it.
/// </summary>
public sealed class SshEndpoint
{
    public SshEndpoint(string name, string host, int port, string username, string password, string hostKeySha256, bool allowLegacyAlgorithms = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentException.ThrowIfNullOrWhiteSpace(hostKeySha256);
        // No legitimate host or platform user starts with '-' or holds white space: refusing them keeps
        // configuration mistakes out of messages and logs that quote them.
        if (host.StartsWith('-') || username.StartsWith('-') || host.Any(char.IsWhiteSpace) || username.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{username}@{host}' is not a valid login.", nameof(host));
        }

        Name = name;
        Host = host;
        Port = port;
        Username = username;
        Password = password;
        HostKeySha256 = hostKeySha256.Trim();
        AllowLegacyAlgorithms = allowLegacyAlgorithms;
    }

    /// <summary>How messages name this server (<c>lab-east/imp-sub1</c>, <c>sftp</c>).</summary>
    public string Name { get; }

    public string Host { get; }

    public int Port { get; }

    public string Username { get; }

    public string Password { get; }

    /// <summary>The pinned host key fingerprint, exactly as <c>ssh-keygen -lf</c> prints it (<c>SHA256:…</c>).</summary>
    public string HostKeySha256 { get; }

    /// <summary>Allows the legacy algorithms of old releases (see <see cref="SshNet.SshAlgorithms"/>).</summary>
    public bool AllowLegacyAlgorithms { get; }

    public override string ToString() => $"{Username}@{Host}:{Port}";
}
