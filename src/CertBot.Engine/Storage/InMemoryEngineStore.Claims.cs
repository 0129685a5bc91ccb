using CertBot.Engine.Runs;

namespace CertBot.Engine.Storage;

/// <summary>Run leases and delivery claims in memory: what several workers on one store decide between them.</summary>
public sealed partial class InMemoryEngineStore
{
    public Task<bool> TryClaimAsync(Guid runId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!runs.ContainsKey(runId) || (leases.TryGetValue(runId, out var held) && held.Owner != owner && held.Until > now))
            {
                return Task.FromResult(false);
            }

            leases[runId] = (owner, until);
            return Task.FromResult(true);
        }
    }

    public Task<bool> RenewAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!leases.TryGetValue(runId, out var held) || held.Owner != owner)
            {
                return Task.FromResult(false);
            }

            leases[runId] = (owner, until);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(Guid runId, string owner, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (leases.TryGetValue(runId, out var held) && held.Owner == owner)
            {
                leases.Remove(runId);
            }

            return Task.CompletedTask;
        }
    }

    public Task<string?> LeaseHolderAsync(Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(leases.TryGetValue(runId, out var held) && held.Until > now ? held.Owner : null);
        }
    }

    public Task<IReadOnlyList<ProgressEvent>> ClaimPendingAsync(string owner, DateTimeOffset now, DateTimeOffset until, int runs, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var claimed = events.Where(e => e.DeliveredAt is null).Select(e => e.RunId).Distinct()
                .Where(r => !deliveries.TryGetValue(r, out var held) || held.Owner == owner || held.Until <= now)
                .Take(runs).ToHashSet();
            foreach (var run in claimed)
            {
                deliveries[run] = (owner, until);
            }

            return Task.FromResult<IReadOnlyList<ProgressEvent>>(events.Where(e => e.DeliveredAt is null && claimed.Contains(e.RunId)).ToList());
        }
    }

    public Task ReleaseDeliveryAsync(Guid runId, string owner, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (deliveries.TryGetValue(runId, out var held) && held.Owner == owner)
            {
                if (retryAt is { } at)
                {
                    deliveries[runId] = (IOutboxStore.BackoffOwner, at);
                }
                else
                {
                    deliveries.Remove(runId);
                }
            }

            return Task.CompletedTask;
        }
    }
}
