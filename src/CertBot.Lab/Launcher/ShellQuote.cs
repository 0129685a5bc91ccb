namespace CertBot.Lab.Launcher;

/// <summary>POSIX shell single-quoting for the namespace scripts and ForceCommand lines.</summary>
internal static class ShellQuote
{
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
