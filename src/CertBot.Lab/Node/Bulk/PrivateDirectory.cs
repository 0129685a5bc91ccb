namespace CertBot.Lab.Node.Bulk;

/// <summary>A fresh temporary directory only its owner can enter.</summary>
internal static class PrivateDirectory
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "certbot-lab-" + Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
