namespace CertBot.Engine.Configuration;

/// <summary>
/// A weekly window in the cluster's time zone, e.g. Saturday 22:00 for 6 hours. A window may run past
/// midnight; its start day decides.
/// </summary>
public sealed record MaintenanceWindowOptions
{
    public MaintenanceWindowOptions()
    {
    }

    public MaintenanceWindowOptions(DayOfWeek day, TimeOnly start, TimeSpan duration)
    {
        Day = day;
        Start = start;
        Duration = duration;
    }

    public DayOfWeek Day { get; init; } = DayOfWeek.Saturday;

    public TimeOnly Start { get; init; }

    public TimeSpan Duration { get; init; }
}
