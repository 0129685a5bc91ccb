namespace CertBot.Lab.Launcher;

/// <summary>The SFTP server in <c>inventory.json</c>; <see cref="DropDirectory"/> is where its files land on this host.</summary>
internal sealed record InventorySftp(
    string Host,
    int Port,
    string Username,
    string Password,
    string Directory,
    string HostKeySha256,
    string HostKey,
    string DropDirectory);
