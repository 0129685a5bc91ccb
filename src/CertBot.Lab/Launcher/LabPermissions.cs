namespace CertBot.Lab.Launcher;

/// <summary>
/// Ownership and modes the daemons need: the simulator runs as admin (4242) and must read its binaries,
/// own its node's state and traverse every directory on the way; the SFTP drop belongs to sftpuser (4243).
/// Files holding secrets or private keys keep their owner-only modes.
/// </summary>
internal static class LabPermissions
{
    private const UnixFileMode OpenDirectory = (UnixFileMode)0b111_101_101;

    public static async Task ApplyAsync(RuntimeLayout layout, IEnumerable<DaemonRecord> daemons, CancellationToken ct)
    {
        foreach (var dir in Directory.EnumerateDirectories(layout.Root, "*", SearchOption.AllDirectories).Prepend(layout.Root))
        {
            File.SetUnixFileMode(dir, File.GetUnixFileMode(dir) | OpenDirectory);
        }

        await ExternalTool.RunCheckedAsync("chmod", ["-R", "a+rX", layout.Bin], ct: ct);
        var adminOwned = daemons.Select(d => d.StateDirectory).OfType<string>().Append(layout.AdminHome);
        await ExternalTool.RunCheckedAsync(SystemTools.Chown, ["-R", $"{FakeAccounts.AdminUid}:{FakeAccounts.AdminUid}", .. adminOwned], ct: ct);
        await ExternalTool.RunCheckedAsync(SystemTools.Chown, ["-R", $"{FakeAccounts.SftpUid}:{FakeAccounts.SftpUid}", layout.SftpDrop], ct: ct);
    }
}
