using System.Globalization;

namespace CertBot.Engine.Configuration;

/// <summary>Whether a cluster's service-impacting steps may run now, in the cluster's own time zone.</summary>
public static class MaintenanceWindows
{
    /// <summary>True inside any window, and always when the cluster has none.</summary>
    /// <exception cref="TimeZoneNotFoundException">The cluster's time zone is unknown on this machine.</exception>
    public static bool IsOpen(ClusterOptions cluster, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.MaintenanceWindows.Count == 0)
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(cluster.TimeZone)).DateTime;
        // A window that runs past midnight started the day before; looking back one week day covers it.
        return cluster.MaintenanceWindows.Any(w =>
            Enumerable.Range(0, 2).Any(back =>
            {
                var day = local.Date.AddDays(-back);
                if (day.DayOfWeek != w.Day)
                {
                    return false;
                }

                var start = day + w.Start.ToTimeSpan();
                return local >= start && local < start + w.Duration;
            }));
    }

    /// <summary>The windows as a plan card shows them: <c>Saturday 22:00 for 6:00 (Europe/Amsterdam)</c>.</summary>
    /// <summary>The first of <paramref name="clusters"/> whose maintenance window is closed at <paramref name="now"/>, or null.</summary>
    public static ClusterOptions? FirstClosed(EngineOptions options, IEnumerable<string> clusters, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        return clusters.Select(options.FindCluster).OfType<ClusterOptions>().FirstOrDefault(c => !IsOpen(c, now));
    }

    public static string Describe(ClusterOptions cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.MaintenanceWindows.Count == 0
            ? "no maintenance window configured: service-impacting steps may run at any time"
            : string.Join(", ", cluster.MaintenanceWindows.Select(w =>
                string.Create(CultureInfo.InvariantCulture, $"{w.Day} {w.Start:HH\\:mm} for {w.Duration:h\\:mm}"))) + $" ({cluster.TimeZone})";
    }
}
