using CertBot.Cisco.Parsing;
using CertBot.Cisco.Sessions;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Nodes;

public sealed partial class CiscoNodeSession
{
    /// <summary>How often the service list is read while waiting for a final state.</summary>
    private static readonly TimeSpan ServicePollInterval = TimeSpan.FromSeconds(2);

    public async Task<IReadOnlyList<ServiceStatus>> ListServicesAsync(CancellationToken cancellationToken)
    {
        const string command = "utils service list";
        var output = await ReadAsync(command, cancellationToken);
        var services = ServiceListParser.Parse(output);
        return services.Count > 0 ? services : throw Unverified(command, output, "no service could be read from the output.");
    }

    /// <summary>
    /// Sends the action, then confirms the final state with <c>utils service list</c> (platform-cli.md §3.3:
    /// never trust the progress lines alone), polling until <paramref name="timeout"/> while it is in transition.
    /// </summary>
    public async Task<ServiceStatus> ControlServiceAsync(string service, ServiceAction action, TimeSpan timeout, CancellationToken cancellationToken)
    {
        service = CliArgument.ServiceName(service, Node.ToString());
        var started = _time.GetTimestamp();
        var verb = action.ToString().ToLowerInvariant();
        var command = CliCommand.Change($"utils service {verb} {service}", timeout);
        var output = await ChangeAsync(command, cancellationToken);
        var wanted = action == ServiceAction.Stop ? ServiceState.Stopped : ServiceState.Started;
        var progress = ServiceControlParser.Parse(output, service);
        while (true)
        {
            var status = (await ListServicesAsync(cancellationToken)).FirstOrDefault(s => s.Name.Equals(service, StringComparison.OrdinalIgnoreCase))
                ?? throw Unverified(command.Text, output, $"'{service}' is not in the service list.");
            if (status.State == wanted)
            {
                return status;
            }

            var elapsed = _time.GetElapsedTime(started);
            // The node itself reported it ended stopped: waiting longer would only hide the failure.
            var settledWrong = wanted == ServiceState.Started && progress.Final is ServiceState.Stopped or ServiceState.NotRunning
                && status.State is ServiceState.Stopped or ServiceState.NotRunning;
            if (settledWrong || elapsed >= timeout)
            {
                throw new NodeException(settledWrong ? NodeFailure.VerificationFailed : NodeFailure.Timeout, Node.ToString(), command.Text, Text.CliText.Tail(output),
                    $"{Node}: '{service}' is {status.State.ToString().ToUpperInvariant()} after `{command.Text}`, not {wanted.ToString().ToUpperInvariant()} (waited {elapsed.TotalSeconds:F0} s).");
            }

            await Task.Delay(ServicePollInterval, _time, cancellationToken);
        }
    }
}
