namespace CertBot.Lab.Node;

/// <summary>One command family of the platform CLI.</summary>
internal interface ICommandHandler
{
    /// <summary>Runs the command; <paramref name="arguments"/> is the text after the matched command words.</summary>
    Task ExecuteAsync(CommandContext context, CommandArguments arguments);

    /// <summary>False for commands whose output is progress over time (a restart must not wait at a pager).</summary>
    bool Paged => true;
}
