namespace CertBot.Engine.Model;

/// <summary>The states <c>utils service list</c> prints, plus <see cref="Unknown"/> for anything else.</summary>
public enum ServiceState
{
    Unknown,
    Started,
    Stopped,
    Starting,
    Stopping,
    NotRunning,
}
