namespace CertBot.Testing;

/// <summary>Where and how the OpenSSH client logs in: password authentication, host key pinned.</summary>
/// <param name="HostKey">The server's public key line (<c>ssh-ed25519 AAAA…</c>): the only key the client accepts.</param>
public sealed record SshEndpoint(string Host, int Port, string Username, string Password, string HostKey)
{
    /// <summary>
    /// Authentication methods the client tries, in order (OpenSSH's PreferredAuthentications). CUCM accepts
    /// password and keyboard-interactive; pass one of them alone to test it.
    /// </summary>
    public string PreferredAuthentications { get; init; } = "password,keyboard-interactive";

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{Username}@{Host}:{Port}";
}
