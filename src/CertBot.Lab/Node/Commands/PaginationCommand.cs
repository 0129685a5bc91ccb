namespace CertBot.Lab.Node.Commands;

/// <summary><c>set cli pagination on|off</c> (this login only) and <c>show cli pagination</c>.</summary>
internal sealed class PaginationCommand(bool show) : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        if (show)
        {
            await context.LineAsync($"Automatic Pagination : {(context.Session.Pagination ? "On" : "Off")}.");
            return;
        }

        switch (arguments.At(0))
        {
            case "on":
                context.Session.Pagination = true;
                await context.LineAsync("Automatic pagination is turned on");
                break;
            case "off":
                context.Session.Pagination = false;
                await context.LineAsync("Automatic pagination is turned off");
                break;
            default:
                await context.FailAsync("Usage: set cli pagination on|off");
                break;
        }
    }
}
