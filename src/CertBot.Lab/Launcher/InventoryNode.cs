namespace CertBot.Lab.Launcher;

/// <summary>
/// One node of <c>inventory.json</c>. Beyond the contract's keys: <see cref="HostKey"/> (the public key line,
/// so clients can build a pinned known_hosts file), <see cref="StateDir"/> and <see cref="LegacyAlgorithms"/> (the
/// node's sshd offers only the legacy algorithm set of old releases).
/// </summary>
internal sealed record InventoryNode(
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
    string StateDir,
    bool LegacyAlgorithms);
