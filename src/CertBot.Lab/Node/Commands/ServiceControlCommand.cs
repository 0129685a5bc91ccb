using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>utils service restart|stop|start &lt;name&gt;</c>: progress lines over the profile's time, state saved at
/// each step (a concurrent login sees STOPPING/STARTING). Restarting Cisco XCP Router restarts the other
/// activated XCP services; stopping it stops them; starting it brings back only the router.
/// </summary>
internal sealed class ServiceControlCommand(ServiceAction action) : ICommandHandler
{
    private const string XcpRouter = "Cisco XCP Router";

    public bool Paged => false;

    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        var service = context.Snapshot.Services.FirstOrDefault(s => !s.Platform && s.Name.Equals(arguments.Text, StringComparison.OrdinalIgnoreCase));
        if (service is null)
        {
            await context.FailAsync($"Service \"{arguments.Text}\" not found.");
            return;
        }

        if (!service.Activated)
        {
            await context.LineAsync("Service Manager is running");
            await context.FailAsync($"{service.Name}[STOPPED]  Service Not Activated");
            return;
        }

        var name = service.Name;
        var companions = name == XcpRouter
            ? context.Snapshot.Services.Where(s => s.Activated && s.Name.StartsWith("Cisco XCP ", StringComparison.Ordinal) && s.Name != XcpRouter).Select(s => s.Name).ToList()
            : [];
        if (action == ServiceAction.Restart)
        {
            await context.LineAsync("Do not press Ctrl+C while the service is restarting. If the service has not restarted properly, execute the same command again.");
        }

        await context.LineAsync("Service Manager is running");
        var transition = new ServiceTransition(context, service.Slow);
        if (action is ServiceAction.Restart or ServiceAction.Stop && service.State != ServiceStates.Stopped)
        {
            List<string> stopping = [name, .. companions];
            var reason = action == ServiceAction.Stop ? "Commanded Out of Service" : null;
            await transition.MoveAsync(name, stopping, ServiceStates.Stopping, ServiceStates.Stopped, reason, announceFinal: action == ServiceAction.Stop);
        }
        else if (action == ServiceAction.Stop)
        {
            await context.LineAsync($"{name}[STOPPED]");
        }

        if (action == ServiceAction.Stop)
        {
            return;
        }

        List<string> starting = action == ServiceAction.Restart ? [name, .. companions] : [name];
        if (context.Faults.IsStuck(name))
        {
            await transition.StickAsync(name, starting);
            return;
        }

        await transition.MoveAsync(name, starting, ServiceStates.Starting, ServiceStates.Started, null, announceFinal: true);
    }
}
