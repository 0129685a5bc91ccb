using System.Text;

namespace CertBot.Lab.Launcher;

/// <summary>Writes files that hold passwords: created with mode 0600 from the first byte (no umask window).</summary>
internal static class SecretFile
{
    public static void Write(string path, string content)
    {
        File.Delete(path);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        };
        using var stream = new FileStream(path, options);
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
