namespace CertBot.Engine.Storage;

/// <summary>The expiry watch's announcements in memory, with the same claim rules as the relational stores.</summary>
public sealed partial class InMemoryEngineStore
{
    public Task<bool> TryClaimAnnouncementAsync(string key, string owner, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (announcements.TryGetValue(key, out var held) && (held.Posted || held.ClaimedAt > now - staleAfter))
            {
                return Task.FromResult(false);
            }

            announcements[key] = (owner, now, false);
            return Task.FromResult(true);
        }
    }

    public Task MarkAnnouncedAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (announcements.TryGetValue(key, out var held) && held.Owner == owner)
            {
                announcements[key] = held with { Posted = true };
            }

            return Task.CompletedTask;
        }
    }

    public Task ReleaseAnnouncementAsync(string key, string owner, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (announcements.TryGetValue(key, out var held) && held.Owner == owner && !held.Posted)
            {
                announcements.Remove(key);
            }

            return Task.CompletedTask;
        }
    }
}
