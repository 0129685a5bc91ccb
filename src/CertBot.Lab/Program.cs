using System.Collections;
using CertBot.Lab.Launcher;
using CertBot.Lab.Node;

// `node` runs for every login (sshd's ForceCommand): it is dispatched before the command-line parser loads.
if (args is ["node", ..])
{
    var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
        .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
    return await NodeProgram.RunConsoleAsync(environment, CancellationToken.None);
}

return await LabCommandLine.InvokeAsync(args);
