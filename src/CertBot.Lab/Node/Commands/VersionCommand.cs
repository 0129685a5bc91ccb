namespace CertBot.Lab.Node.Commands;

/// <summary><c>show version active|inactive</c>.</summary>
internal sealed class VersionCommand : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        switch (arguments.At(0))
        {
            case "active":
                await context.LineAsync($"Active Master Version: {context.Snapshot.Version}");
                await context.LineAsync("Active Version Installed Software Options:");
                await context.LineAsync("No Installed Software Options Found.");
                break;
            case "inactive":
                await context.LineAsync("Inactive Master Version: ");
                await context.LineAsync("Inactive Version Installed Software Options:");
                await context.LineAsync("No Installed Software Options Found.");
                break;
            default:
                await context.FailAsync("Usage: show version active|inactive");
                break;
        }
    }
}
