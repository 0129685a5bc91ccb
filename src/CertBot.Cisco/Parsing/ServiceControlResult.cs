using CertBot.Engine.Model;

namespace CertBot.Cisco.Parsing;

/// <summary>The progress lines of <c>utils service restart|stop|start</c> for one service.</summary>
/// <param name="States">Every state the node reported for the service, in order.</param>
public sealed record ServiceControlResult(string Service, IReadOnlyList<ServiceState> States)
{
    /// <summary>The last reported state, <see cref="ServiceState.Unknown"/> when none was printed.</summary>
    public ServiceState Final => States.Count == 0 ? ServiceState.Unknown : States[^1];
}
