namespace CertBot.Engine.Model;

/// <summary>One line of <c>utils service list</c>.</summary>
/// <param name="Name">The display name, as used by <c>utils service restart &lt;name&gt;</c>.</param>
/// <param name="Reason">The text after the state, e.g. <c>Service Not Activated</c>; null when none.</param>
public sealed record ServiceStatus(string Name, ServiceState State, string? Reason)
{
    /// <summary>A service is activated unless the platform says it is not.</summary>
    public bool Activated => Reason is null || !Reason.Contains("Not Activated", StringComparison.OrdinalIgnoreCase);
}
