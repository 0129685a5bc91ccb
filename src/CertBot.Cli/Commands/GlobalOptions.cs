using System.CommandLine;

namespace CertBot.Cli.Commands;

/// <summary>Options every command understands.</summary>
public static class GlobalOptions
{
    /// <summary>
    /// Configuration files layered on top of appsettings.json in the order given (e.g. the lab's
    /// <c>.lab/certbot.json</c>, then a file with the approvers).
    /// </summary>
    public static readonly Option<FileInfo[]> Config = new("--config")
    {
        Description = "Configuration file layered on top of appsettings.json (repeatable; later files win)",
        Recursive = true,
    };

    /// <summary>Diagnostic log lines on stderr (never secrets, never raw node output).</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Log what is sent to the nodes (on stderr)",
        Recursive = true,
    };

    /// <summary>The SQLite file of runs, gates and journal; overrides CertBot:Storage:SqlitePath.</summary>
    public static readonly Option<FileInfo?> Store = new("--store")
    {
        Description = $"SQLite file of runs and journal (default: CertBot:Storage, else {Configuration.CliStateDirectory.DefaultStorePath})",
        Recursive = true,
    };
}
