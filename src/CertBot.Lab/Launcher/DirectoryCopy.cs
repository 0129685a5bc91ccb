namespace CertBot.Lab.Launcher;

/// <summary>Copies a file or directory tree to a new place, replacing what is there (works across file systems).</summary>
internal static class DirectoryCopy
{
    public static void Replace(FileSystemInfo source, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
        else if (File.Exists(target))
        {
            File.Delete(target);
        }

        Copy(source, target);
    }

    private static void Copy(FileSystemInfo source, string target)
    {
        if (source is DirectoryInfo directory)
        {
            Directory.CreateDirectory(target);
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                Copy(entry, Path.Combine(target, entry.Name));
            }
        }
        else
        {
            File.Copy(source.FullName, target, overwrite: true);
        }
    }
}
