using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CertBot.Teams;

/// <summary>
/// Work that continues after the HTTP answer (a message is acknowledged at once, its plan may take seconds).
/// Each piece runs until the host stops; a failure is logged, never lost silently. <see cref="IdleAsync"/> lets
/// tests and shutdown wait for what is in flight.
/// </summary>
public sealed class TeamsTurns(IHostApplicationLifetime lifetime, ILogger<TeamsTurns> logger)
{
    private readonly Lock gate = new();
    private readonly List<Task> running = [];

    /// <summary>Fires when the host stops: work that outlives its request listens to this, not to the request.</summary>
    public CancellationToken Stopping => lifetime.ApplicationStopping;

    public void Start(Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var stopping = lifetime.ApplicationStopping;
        var task = Task.Run(async () =>
        {
            try
            {
                await work(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Log.TurnFailed(logger, e);
            }
        }, CancellationToken.None);
        lock (gate)
        {
            running.RemoveAll(t => t.IsCompleted);
            running.Add(task);
        }
    }

    /// <summary>Completes when every piece of work started so far has ended.</summary>
    public Task IdleAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(running.ToList());
        }
    }
}
