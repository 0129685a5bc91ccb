using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary><c>utils service list</c>: platform services <c>Name [STATE]</c>, then application services <c>Name[STATE]</c>.</summary>
internal sealed class ServiceListCommand : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        var services = await context.ReadAsync((state, _) => state.Services);
        await context.LineAsync("Requesting service status, please wait...");
        await context.LinesAsync(services.Where(s => s.Platform).Select(s => Format(s, " ")));
        await context.LineAsync("Service Manager is running");
        await context.LineAsync("Getting list of all services");
        await context.LineAsync(">> Return code = 0");
        await context.LinesAsync(services.Where(s => !s.Platform).Select(s => Format(s, "")));
        await context.LineAsync("Primary Node =true");
    }

    private static string Format(ServiceRecord service, string beforeBracket) =>
        service.Reason is { Length: > 0 } reason
            ? $"{service.Name}{beforeBracket}[{service.State}]  {reason}"
            : $"{service.Name}{beforeBracket}[{service.State}]";
}
