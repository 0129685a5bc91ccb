namespace CertBot.Engine.Storage;

/// <summary>
/// What the expiry watch has announced (a certificate at a threshold, a cluster's weekly digest), so each is posted
/// once: across restarts, and with several instances on one store by the one that claimed it. A claim whose
/// owner died before posting is taken over once it is older than the caller's <c>staleAfter</c>.
/// </summary>
public interface IAnnouncementStore
{
    /// <summary>
    /// Claims the announcement <paramref name="key"/> for <paramref name="owner"/>: true when this caller is to post
    /// it; false when it was posted already, or another owner claimed it less than <paramref name="staleAfter"/> ago.
    /// </summary>
    Task<bool> TryClaimAnnouncementAsync(string key, string owner, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken);

    /// <summary>Records the claimed announcement as posted: it is never claimed again.</summary>
    Task MarkAnnouncedAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Gives an unposted claim back (the post failed), so the next pass tries again.</summary>
    Task ReleaseAnnouncementAsync(string key, string owner, CancellationToken cancellationToken);
}
