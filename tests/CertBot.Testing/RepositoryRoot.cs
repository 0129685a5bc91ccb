namespace CertBot.Testing;

/// <summary>The repository root (the directory holding CertBot.sln and scripts/lab), found upwards from the test binaries.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>Absolute path of the repository root; <c>CERTBOT_REPO_ROOT</c> overrides the search.</summary>
    public static string Path => Root.Value;

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("CERTBOT_REPO_ROOT") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CertBot.sln")) && File.Exists(System.IO.Path.Combine(dir.FullName, "scripts", "lab")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no CertBot.sln with scripts/lab above {AppContext.BaseDirectory}: set CERTBOT_REPO_ROOT");
    }
}
