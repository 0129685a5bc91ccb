namespace CertBot.Lab.State;

/// <summary>Service state words as <c>utils service</c> prints them.</summary>
public static class ServiceStates
{
    public const string Started = "STARTED";
    public const string Stopped = "STOPPED";
    public const string Starting = "STARTING";
    public const string Stopping = "STOPPING";
}
