namespace CertBot.Storage.Relational;

/// <summary>
/// The expiry watch's announcements: one row per certificate and threshold (or digest), claimed with one upsert
/// whose condition the database checks, so with several instances one posts it; posted rows are never claimed again.
/// </summary>
public abstract partial class RelationalEngineStore
{
    public async Task<bool> TryClaimAnnouncementAsync(string key, string owner, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.ExecuteAsync(connection, null,
            "INSERT INTO expiry_announcements (announcement, owner, claimed_at, announced_at) VALUES (@key, @owner, @now, NULL) " +
            "ON CONFLICT (announcement) DO UPDATE SET owner = excluded.owner, claimed_at = excluded.claimed_at " +
            "WHERE expiry_announcements.announced_at IS NULL AND expiry_announcements.claimed_at <= @stale",
            cancellationToken, ("@key", key), ("@owner", owner), ("@now", Db.Ticks(now)), ("@stale", Db.Ticks(now - staleAfter))) == 1;
    }

    public async Task MarkAnnouncedAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null, "UPDATE expiry_announcements SET announced_at = @at WHERE announcement = @key AND owner = @owner",
            cancellationToken, ("@at", Db.Ticks(at)), ("@key", key), ("@owner", owner));
    }

    public async Task ReleaseAnnouncementAsync(string key, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null, "DELETE FROM expiry_announcements WHERE announcement = @key AND owner = @owner AND announced_at IS NULL",
            cancellationToken, ("@key", key), ("@owner", owner));
    }
}
