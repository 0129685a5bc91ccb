using System.Globalization;
using CertBot.Cisco.Parsing;
using CertBot.Cisco.Sessions;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Nodes;

public sealed partial class CiscoNodeSession
{
    /// <summary>
    /// <c>set cert bulk sftp</c>. Its prompts are not documented (platform-cli.md §9), so each answer is tied to
    /// a keyword of its question; the password is a secret answer (scrubbed from output, never logged).
    /// </summary>
    public async Task ConfigureBulkSftpAsync(BulkSftpSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var command = CliCommand.Change("set cert bulk sftp", _timeouts.CertificateChangeTimeout,
            PromptReply.For(@"password", settings.Password, isSecret: true, repeatable: true),
            PromptReply.For(@"\bport\b", settings.Port.ToString(CultureInfo.InvariantCulture)),
            PromptReply.For(@"user", settings.Username),
            PromptReply.For(@"director|path|folder", settings.Directory),
            PromptReply.For(@"\b(?:ip|host|server|address)\b", settings.Host),
            PromptReply.For(@"\(\s*yes\s*[|/]\s*no\s*\)", "yes"),
            PromptReply.For(@"\(\s*y\s*/\s*n\s*\)", "y"));
        var output = await ChangeAsync(command, cancellationToken);
        if (!SuccessTokens.BulkSftpConfigured(output) && !output.Contains("success", StringComparison.OrdinalIgnoreCase))
        {
            throw Unverified(command.Text, output, "no success message; the SFTP settings may not have been saved.");
        }
    }

    public async Task BulkAsync(BulkOperation operation, CancellationToken cancellationToken)
    {
        var verb = operation.ToString().ToLowerInvariant();
        var command = CliCommand.Change($"set cert bulk {verb} all", _timeouts.BulkTimeout,
            PromptReply.For(@"\(\s*yes\s*[|/]\s*no\s*\)", "yes"),
            PromptReply.For(@"\(\s*y\s*/\s*n\s*\)", "y"));
        var output = await ChangeAsync(command, cancellationToken);
        var succeeded = operation switch
        {
            BulkOperation.Export => SuccessTokens.BulkExported(output),
            BulkOperation.Import => SuccessTokens.BulkImported(output),
            _ => SuccessTokens.BulkConsolidated(output),
        };
        if (!succeeded)
        {
            throw new NodeException(NodeFailure.VerificationFailed, Node.ToString(), command.Text, Text.CliText.Tail(output),
                $"{Node}: `{command.Text}` printed no success message.");
        }
    }
}
