using System.CommandLine;

namespace CertBot.Cli.Commands;

/// <summary>Options every command understands.</summary>
public static class GlobalOptions
{
    /// <summary>A configuration file layered on top of appsettings.json (e.g. the lab's <c>.lab/certbot.json</c>).</summary>
    public static readonly Option<FileInfo?> Config = new("--config")
    {
        Description = "Configuration file layered on top of appsettings.json",
        Recursive = true,
    };

    /// <summary>Diagnostic log lines on stderr (never secrets, never raw node output).</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Log what is sent to the nodes (on stderr)",
        Recursive = true,
    };
}
