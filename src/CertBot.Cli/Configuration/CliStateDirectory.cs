namespace CertBot.Cli.Configuration;

/// <summary>
/// Where the command line keeps its state by default: the user's state directory (<c>$XDG_STATE_HOME/certbot</c>,
/// else <c>~/.local/state/certbot</c>; <c>%LOCALAPPDATA%\CertBot</c> on Windows), not next to the program, so a
/// clean build or a new release directory keeps the run history and the journal.
/// </summary>
public static class CliStateDirectory
{
    public const string StoreFileName = "certbot.db";

    /// <summary>The directory, from the environment as it is now.</summary>
    public static string Path => Of(Environment.GetEnvironmentVariable, OperatingSystem.IsWindows());

    /// <summary>The SQLite store used when neither <c>--store</c> nor <c>CertBot:Storage:SqlitePath</c> names one.</summary>
    public static string DefaultStorePath => System.IO.Path.Combine(Path, StoreFileName);

    /// <summary>The directory for an environment and platform (the XDG Base Directory rules: a relative XDG_STATE_HOME is ignored).</summary>
    public static string Of(Func<string, string?> environment, bool windows)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (windows)
        {
            return System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "CertBot");
        }

        var xdg = environment("XDG_STATE_HOME");
        if (!string.IsNullOrEmpty(xdg) && System.IO.Path.IsPathRooted(xdg))
        {
            return System.IO.Path.Combine(xdg, "certbot");
        }

        var home = environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return System.IO.Path.Combine(home, ".local", "state", "certbot");
    }

    /// <summary>Creates the directory of <paramref name="storePath"/> when it is the default one (owner only: the journal says who approved what).</summary>
    public static void EnsureFor(string? storePath)
    {
        if (storePath is null || System.IO.Path.GetFullPath(storePath) != DefaultStorePath || Directory.Exists(Path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
        }
        else
        {
            Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
