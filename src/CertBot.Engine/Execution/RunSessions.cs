using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Execution;

/// <summary>
/// One session per node for as long as the runner works on a run without waiting; the re-check of the plan
/// and every step use the same sessions. Sessions handed out are leases: disposing them does nothing, this
/// class closes them all at the end. Logins may run concurrently (the re-check opens every node at once).
/// </summary>
public sealed class RunSessions(INodePort port) : INodePort, IAsyncDisposable
{
    private readonly Lock sync = new();
    private readonly Dictionary<NodeRef, Task<INodeSession>> open = [];

    public async Task<INodeSession> OpenAsync(NodeRef node, CancellationToken cancellationToken)
    {
        Task<INodeSession>? opening;
        lock (sync)
        {
            if (!open.TryGetValue(node, out opening))
            {
                opening = port.OpenAsync(node, cancellationToken);
                open[node] = opening;
            }
        }

        try
        {
            return new LeasedSession(await opening);
        }
        catch (Exception)
        {
            // A failed login is not cached, so the next step (or a retry) logs in again.
            Forget(node, opening);
            throw;
        }
    }

    /// <summary>Closes a node's session after a failure, so a retry logs in afresh.</summary>
    public async Task DropAsync(NodeRef node)
    {
        Task<INodeSession>? session;
        lock (sync)
        {
            open.Remove(node, out session);
        }

        if (session is { IsCompletedSuccessfully: true })
        {
            await session.Result.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Task<INodeSession>> sessions;
        lock (sync)
        {
            sessions = [.. open.Values];
            open.Clear();
        }

        // Failed logins were reported to whoever asked; only sessions that exist are closed.
        foreach (var session in sessions.Where(s => s.IsCompletedSuccessfully))
        {
            await session.Result.DisposeAsync();
        }
    }

    private void Forget(NodeRef node, Task<INodeSession> failed)
    {
        lock (sync)
        {
            if (open.TryGetValue(node, out var current) && current == failed)
            {
                open.Remove(node);
            }
        }
    }
}
