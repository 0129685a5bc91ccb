namespace CertBot.Lab.Launcher;

/// <summary>The absolute path of the <c>dotnet</c> muxer that ForceCommand runs the simulator with.</summary>
internal static class DotnetHost
{
    public static string Path()
    {
        // Run as "dotnet certbot-lab.dll": the muxer is this very process.
        if (Environment.ProcessPath is { } self && System.IO.Path.GetFileName(self) == "dotnet")
        {
            return self;
        }

        foreach (var candidate in Candidates())
        {
            if (File.Exists(candidate))
            {
                return PathResolver.RealPath(candidate);
            }
        }

        throw new LabLauncherException("dotnet not found: install the .NET SDK or set DOTNET_ROOT");
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root)
        {
            yield return System.IO.Path.Combine(root, "dotnet");
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return System.IO.Path.Combine(dir, "dotnet");
        }

        yield return "/usr/share/dotnet/dotnet";
    }
}
