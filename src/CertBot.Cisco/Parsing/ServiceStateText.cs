using CertBot.Engine.Model;

namespace CertBot.Cisco.Parsing;

/// <summary>Maps the bracketed state words (<c>STARTED</c>, <c>[ STOPPED ]</c>, <c>NOTRUNNING</c>) to <see cref="ServiceState"/>.</summary>
public static class ServiceStateText
{
    public static ServiceState Parse(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
        return w switch
        {
            "STARTED" or "RUNNING" => ServiceState.Started,
            "STOPPED" => ServiceState.Stopped,
            "STARTING" => ServiceState.Starting,
            "STOPPING" => ServiceState.Stopping,
            "NOTRUNNING" => ServiceState.NotRunning,
            _ => ServiceState.Unknown,
        };
    }
}
