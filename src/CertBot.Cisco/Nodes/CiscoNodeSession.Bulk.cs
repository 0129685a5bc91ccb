using System.Globalization;
using CertBot.Cisco.Parsing;
using CertBot.Cisco.Sessions;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Nodes;

public sealed partial class CiscoNodeSession
{
    /// <summary>
    /// <c>set cert bulk sftp</c>. Its prompts are not documented (platform-cli.md §9: the GUI asks IP, port, user,
    /// password and remote directory); each answer goes only to a complete prompt line of exactly that shape, never to
    /// a line that merely mentions a keyword. The password is a secret answer (scrubbed from output, never logged).
    /// </summary>
    public async Task ConfigureBulkSftpAsync(BulkSftpSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var command = CliCommand.Change("set cert bulk sftp", _timeouts.CertificateChangeTimeout,
            PromptReply.For(@"enter\s+sftp\s+server\s+ip\s+address\s*:", settings.Host),
            PromptReply.For(@"enter\s+sftp\s+server\s+port(?:\s*\[\d+\])?\s*:", settings.Port.ToString(CultureInfo.InvariantCulture)),
            PromptReply.For(@"enter\s+sftp\s+user\s*name\s*:", settings.Username),
            PromptReply.For(@"enter\s+sftp\s+password\s*:", settings.Password, isSecret: true),
            PromptReply.For(@"enter\s+sftp\s+directory\s*:", settings.Directory),
            Confirmations.YesNo, Confirmations.YN);
        var output = await ChangeAsync(command, cancellationToken);
        if (!SuccessTokens.BulkSftpConfigured(output))
        {
            throw NoSuccess(command.Text, output, "no success message; the SFTP settings may not have been saved.");
        }
    }

    /// <summary>
    /// <c>set cert bulk export|consolidate|import all</c>: passes only when every unit line the node printed is a
    /// success line; a failure names the lines that were not.
    /// </summary>
    public async Task BulkAsync(BulkOperation operation, CancellationToken cancellationToken)
    {
        var verb = operation.ToString().ToLowerInvariant();
        var command = CliCommand.Change($"set cert bulk {verb} all", _timeouts.BulkTimeout, Confirmations.YesNo, Confirmations.YN);
        var output = await ChangeAsync(command, cancellationToken);
        var (succeeded, failed) = BulkOutcomeParser.Parse(output, operation switch
        {
            BulkOperation.Export => "exported",
            BulkOperation.Import => "imported",
            _ => "consolidated",
        });
        if (failed.Count > 0)
        {
            throw new NodeException(NodeFailure.CommandFailed, Node.ToString(), command.Text, Text.CliText.Tail(output),
                $"{Node}: `{command.Text}` did not succeed for every unit: {string.Join("; ", failed)}"
                + (succeeded.Count > 0 ? $" (succeeded: {string.Join("; ", succeeded)})" : ""));
        }

        if (succeeded.Count == 0)
        {
            throw Unverified(command.Text, output, "printed no success message.");
        }
    }
}
