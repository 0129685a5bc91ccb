using System.CommandLine;

namespace CertBot.Cli.Commands;

/// <summary>The <c>certbot</c> command tree. A new command is one more file here and one more line below.</summary>
public static class CertBotCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("CertBot: certificate inventory and procedures for Cisco UC clusters.\n" +
            $"Runs and journal are kept in {Configuration.CliStateDirectory.DefaultStorePath} unless --store or CertBot:Storage names another store.");
        root.Options.Add(GlobalOptions.Config);
        root.Options.Add(GlobalOptions.Verbose);
        root.Options.Add(GlobalOptions.Store);
        root.Subcommands.Add(InventoryCommand.Create());
        root.Subcommands.Add(ExpiringCommand.Create());
        root.Subcommands.Add(TrustHostCommand.Create());
        root.Subcommands.Add(PlanCommand.Create());
        root.Subcommands.Add(RequestCommand.Create());
        root.Subcommands.Add(ApproveCommand.Create());
        root.Subcommands.Add(RejectCommand.Create());
        root.Subcommands.Add(ConfirmCommand.Create());
        root.Subcommands.Add(CsrCommand.Create());
        root.Subcommands.Add(ProvideCommand.Create());
        root.Subcommands.Add(WorkCommand.Create());
        root.Subcommands.Add(RunsCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(RetryCommand.Create());
        root.Subcommands.Add(SkipCommand.Create());
        root.Subcommands.Add(AbortCommand.Create());
        root.Subcommands.Add(CancelCommand.Create());
        root.Subcommands.Add(RestoreCommand.Create());
        return root;
    }
}
