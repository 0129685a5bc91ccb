namespace CertBot.Lab.Launcher;

/// <summary>Resolves symlinks in every component of a path (what <c>realpath</c> does), for paths that may not exist yet.</summary>
internal static class PathResolver
{
    public static string RealPath(string absolute, int depth = 0)
    {
        if (depth > 32)
        {
            throw new LabLauncherException($"too many symbolic links while resolving {absolute}");
        }

        var current = "/";
        foreach (var part in absolute.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var link = new FileInfo(next).LinkTarget;
            if (link is not null)
            {
                var target = Path.IsPathRooted(link) ? link : Path.Combine(current, link);
                next = RealPath(Path.GetFullPath(target), depth + 1);
            }

            current = next;
        }

        return current;
    }
}
