using System.Collections;
using CertBot.Lab.Launcher;
using CertBot.Lab.Node;

// `node` (one login on the console) and `serve-nodes` (every login of a lab) are dispatched before the
// command-line parser loads: they are the simulator, not the launcher.
if (args is ["node", ..])
{
    var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
        .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
    return await NodeProgram.RunConsoleAsync(environment, CancellationToken.None);
}

if (args is ["serve-nodes", var nodesDirectory])
{
    return await NodeServer.RunAsync(nodesDirectory, Console.Error, CancellationToken.None);
}

return await LabCommandLine.InvokeAsync(args);
