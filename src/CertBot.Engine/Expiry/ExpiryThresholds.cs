namespace CertBot.Engine.Expiry;

/// <summary>
/// The days-left marks at which the expiry watch speaks (<see cref="Default"/>: 60, 30, 14, 7 and 1 days). A
/// certificate's band is the smallest mark it is within; an expired certificate is in band 0, "expired". A
/// certificate first seen at 5 days left is in band 7 only: it is announced once there, not for 60, 30 and 14 too.
/// </summary>
public static class ExpiryThresholds
{
    /// <summary>The band of expired certificates.</summary>
    public const int Expired = 0;

    public static IReadOnlyList<int> Default { get; } = [60, 30, 14, 7, 1];

    /// <summary>The band of a certificate with <paramref name="daysLeft"/>, or null when it is beyond every mark.</summary>
    public static int? Band(IReadOnlyCollection<int> thresholds, int daysLeft, bool expired)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (expired)
        {
            return Expired;
        }

        var within = thresholds.Where(t => daysLeft <= t).ToList();
        return within.Count == 0 ? null : within.Min();
    }

    /// <summary>Why a configured set cannot be used, or null: every mark is a whole number of days from 1 to 3650.</summary>
    public static string? Problem(IReadOnlyCollection<int> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (thresholds.Count == 0)
        {
            return "no threshold is set (the default is 60, 30, 14, 7, 1)";
        }

        var bad = thresholds.Where(t => t is < 1 or > 3650).ToList();
        return bad.Count == 0 ? null : $"the threshold {bad[0]} is not a number of days between 1 and 3650";
    }

    /// <summary>The band in words: "expired" or "within 30 days".</summary>
    public static string Describe(int band) => band == Expired ? "expired" : $"within {band} day{(band == 1 ? "" : "s")}";
}
