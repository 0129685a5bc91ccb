namespace CertBot.Lab.Launcher;

/// <summary>
/// The runtime directory a verb works on: <c>--dir</c> when given, else the directory the launcher's own
/// binaries were published into (<c>&lt;dir&gt;/bin</c>, as scripts/lab does).
/// </summary>
internal static class RuntimeDirectoryOption
{
    public static string Resolve(string? requested)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            return Path.GetFullPath(requested);
        }

        var bin = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        if (Path.GetFileName(bin) == "bin")
        {
            return Path.GetDirectoryName(bin)!;
        }

        throw new LabLauncherException("no runtime directory: pass --dir <path> (scripts/lab defaults to <repo>/.lab)");
    }

    /// <summary>The layout of an existing lab (down, status, fault): symlinks resolved, nothing created.</summary>
    public static RuntimeLayout Existing(string? requested) =>
        new(PathResolver.RealPath(Resolve(requested)));
}
