namespace CertBot.Engine.Configuration;

/// <summary>
/// A weekly window in the cluster's time zone, e.g. Saturday 22:00 for 6 hours. A window may run past
/// midnight; its start day decides.
/// </summary>
public sealed record MaintenanceWindowOptions(DayOfWeek Day, TimeOnly Start, TimeSpan Duration);
