using System.CommandLine;

namespace CertBot.Cli.Commands;

/// <summary>The <c>certbot</c> command tree. A new command is one more file here and one more line below.</summary>
public static class CertBotCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("CertBot: certificate inventory and procedures for Cisco UC clusters.");
        root.Options.Add(GlobalOptions.Config);
        root.Options.Add(GlobalOptions.Verbose);
        root.Subcommands.Add(InventoryCommand.Create());
        root.Subcommands.Add(TrustHostCommand.Create());
        return root;
    }
}
