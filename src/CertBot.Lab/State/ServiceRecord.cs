namespace CertBot.Lab.State;

/// <summary>A platform or application service and its state.</summary>
public sealed class ServiceRecord
{
    /// <summary>Display name, e.g. <c>Cisco Tomcat</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>STARTED, STOPPED, STARTING or STOPPING.</summary>
    public string State { get; set; } = ServiceStates.Started;

    public bool Activated { get; set; } = true;

    /// <summary>Platform services print <c>Name [STATE]</c>, application services <c>Name[STATE]</c>.</summary>
    public bool Platform { get; set; }

    /// <summary>Reason printed after two spaces, e.g. <c>Commanded Out of Service</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>Slow services (Cisco Tomcat) take longer to restart.</summary>
    public bool Slow { get; set; }
}
