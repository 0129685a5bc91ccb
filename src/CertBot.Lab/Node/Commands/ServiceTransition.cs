using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>Moves services through a transitional state to a final one, printing progress lines meanwhile.</summary>
internal sealed class ServiceTransition(CommandContext context, bool slow)
{
    private int Duration => slow ? context.Snapshot.Timing.SlowServiceTransitionMilliseconds : context.Snapshot.Timing.ServiceTransitionMilliseconds;

    /// <summary>Sets <paramref name="services"/> to <paramref name="transitional"/>, prints progress for <paramref name="shown"/>, then sets the final state.</summary>
    public async Task MoveAsync(string shown, IReadOnlyList<string> services, string transitional, string final, string? finalReason, bool announceFinal)
    {
        await SetAsync(services, transitional, null);
        await ProgressAsync(shown, transitional);
        await SetAsync(services, final, finalReason);
        if (announceFinal)
        {
            await context.LineAsync($"{shown}[{final}]");
        }
    }

    /// <summary>A <c>stuck</c> fault: STARTING for the whole time, then the service gives up STOPPED.</summary>
    public async Task StickAsync(string shown, IReadOnlyList<string> services)
    {
        await SetAsync(services, ServiceStates.Starting, null);
        await ProgressAsync(shown, ServiceStates.Starting);
        await ProgressAsync(shown, ServiceStates.Starting);
        await SetAsync([shown], ServiceStates.Stopped, "Component is not running");
        await SetAsync(services.Where(s => s != shown).ToList(), ServiceStates.Started, null);
        await context.LineAsync($"{shown}[{ServiceStates.Stopped}]");
    }

    private async Task ProgressAsync(string shown, string state)
    {
        var step = Math.Max(1, context.Snapshot.Timing.ServiceProgressMilliseconds);
        var lines = Math.Max(2, Duration / step);
        for (var i = 0; i < lines; i++)
        {
            await context.LineAsync($"{shown}[{state}]");
            await context.DelayAsync(Duration / lines);
        }
    }

    private Task<bool> SetAsync(IReadOnlyList<string> services, string state, string? reason) =>
        context.UpdateAsync((node, _) =>
        {
            foreach (var service in node.Services.Where(s => services.Contains(s.Name)))
            {
                service.State = state;
                service.Reason = reason;
            }

            return true;
        });
}
