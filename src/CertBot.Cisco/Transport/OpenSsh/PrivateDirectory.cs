namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>
/// A temporary directory only the current user can enter (0700): it holds the askpass script and the
/// generated known_hosts files. Removed on dispose.
/// </summary>
public sealed class PrivateDirectory : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public PrivateDirectory()
    {
        var dir = Directory.CreateTempSubdirectory("certbot-ssh-");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir.FullName, OwnerOnly);
        }

        Path = dir.FullName;
    }

    public string Path { get; }

    /// <summary>Writes a file readable (and, if asked, executable) by the owner only, created with that mode.</summary>
    public string WriteFile(string name, string content, bool executable = false)
    {
        var path = System.IO.Path.Combine(Path, name);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = executable ? OwnerOnly : UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the directory is private and in the temp area.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
