namespace CertBot.Testing;

/// <summary>One node of a running lab, as <c>inventory.json</c> lists it.</summary>
/// <param name="Name">Short host name, e.g. <c>cucm-pub</c>.</param>
/// <param name="Fqdn">Fully qualified name, e.g. <c>cucm-pub.east.lab.example</c>.</param>
/// <param name="Product"><c>cucm</c> or <c>imp</c>.</param>
/// <param name="Role"><c>publisher</c> or <c>subscriber</c>.</param>
/// <param name="Host">Loopback address of the node's sshd.</param>
/// <param name="Port">SSH port.</param>
/// <param name="Username">Platform user (<c>admin</c>).</param>
/// <param name="Password">Its password, random per <c>up</c>.</param>
/// <param name="HostKeySha256">Host key fingerprint as <c>ssh-keygen -lf</c> prints it (<c>SHA256:…</c>).</param>
/// <param name="HostKey">Host public key line (<c>ssh-ed25519 AAAA…</c>) for a pinned known_hosts file.</param>
/// <param name="CommandLog">The node's command log (<c>timestamp TAB command</c> per line).</param>
/// <param name="StateDir">The node's state directory.</param>
public sealed record LabNode(
    string Name,
    string Fqdn,
    string Product,
    string Role,
    string Host,
    int Port,
    string Username,
    string Password,
    string HostKeySha256,
    string HostKey,
    string CommandLog,
    string StateDir)
{
    /// <summary>Never prints the password (records print every property by default, e.g. in assertion messages).</summary>
    public override string ToString() => $"{Name} ({Product} {Role}, {Host}:{Port})";

    /// <summary>How to log in with the OpenSSH client, host key pinned.</summary>
    public SshEndpoint Endpoint => new(Host, Port, Username, Password, HostKey);
}
