using Microsoft.Win32.SafeHandles;
using CertBot.Lab.Node.Commands;
using CertBot.Lab.State;

namespace CertBot.Lab.Node;

/// <summary>
/// The <c>certbot-lab node</c> verb: the platform CLI of one simulated node, run by sshd's ForceCommand for
/// every login. The node is found through <c>LAB_NODE_STATE</c> (its state directory).
/// </summary>
public static class NodeProgram
{
    /// <summary>Environment variable naming the node's state directory.</summary>
    public const string StateVariable = "LAB_NODE_STATE";

    /// <summary>
    /// Entry for the process: puts a terminal (if any) in raw mode so that echo, line ends and Ctrl-C are
    /// handled here, then runs <see cref="RunAsync"/> on the raw standard streams with the system clock.
    /// </summary>
    public static async Task<int> RunConsoleAsync(IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        using var rawMode = RawTerminalMode.Enter();

        // File descriptors 0 and 1 as plain streams: Console.OpenStandardInput on a terminal reads through
        // the runtime's own line editor, which echoes and translates what the client types.
        await using var input = new FileStream(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0);
        await using var output = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        return await RunAsync(input, output, environment, TimeProvider.System, cancellationToken);
    }

    /// <summary>
    /// Runs one login on the given streams. Returns 0 after <c>exit</c> or end of input, 255 when a
    /// <c>drop</c> fault ended the session, 2 when the node cannot be found, 1 for an exec request.
    /// </summary>
    public static async Task<int> RunAsync(
        Stream input, Stream output, IReadOnlyDictionary<string, string?> environment, TimeProvider time, CancellationToken cancellationToken)
    {
        if (environment.TryGetValue("SSH_ORIGINAL_COMMAND", out var exec) && !string.IsNullOrEmpty(exec))
        {
            await Console.Error.WriteLineAsync("Command execution is not supported: open an interactive shell.");
            return 1;
        }

        if (!environment.TryGetValue(StateVariable, out var stateDir) || string.IsNullOrEmpty(stateDir) || !new NodeStore(stateDir).Exists)
        {
            await Console.Error.WriteLineAsync($"certbot-lab node: {StateVariable} does not name a node state directory");
            return 2;
        }

        var terminal = new Terminal(input, output);
        var session = new NodeSession(new NodeStore(stateDir), terminal, CommandTable.Create(), time);
        try
        {
            return await session.RunAsync(cancellationToken);
        }
        catch (IOException)
        {
            return 0;  // the client closed the connection while output was being written
        }
    }

}
