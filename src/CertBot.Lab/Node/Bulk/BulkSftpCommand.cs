using System.Globalization;
using CertBot.Lab.State;

namespace CertBot.Lab.Node.Bulk;

/// <summary>
/// <c>set cert bulk sftp</c>: asks for the SFTP server, port, user, password (not echoed) and directory and
/// stores them in the node state. The answers are prompt answers, so none of them reaches commands.log.
/// </summary>
internal sealed class BulkSftpCommand : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        var output = context.Output;
        var current = context.Snapshot.BulkSftp;
        var host = await output.AskAsync("Enter SFTP server IP address: ", echo: true, context.Cancellation);
        var portText = await output.AskAsync("Enter SFTP server port [22]: ", echo: true, context.Cancellation);
        var user = await output.AskAsync("Enter SFTP user name: ", echo: true, context.Cancellation);
        var password = await output.AskAsync("Enter SFTP password: ", echo: false, context.Cancellation);
        var directory = await output.AskAsync("Enter SFTP directory: ", echo: true, context.Cancellation);
        if (host is null || user is null || password is null || directory is null)
        {
            return;
        }

        var port = 22;
        if (!string.IsNullOrWhiteSpace(portText) && !int.TryParse(portText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out port))
        {
            await context.FailAsync($"Invalid port: {portText.Trim()}");
            return;
        }

        if (host.Trim().Length == 0 || user.Trim().Length == 0)
        {
            await context.FailAsync("SFTP server and user name are required.");
            return;
        }

        var settings = new BulkSftpSettings
        {
            Host = host.Trim(),
            Port = port,
            User = user.Trim(),
            Password = password.Length > 0 ? password : current?.Password ?? "",
            Directory = directory.Trim().Length > 0 ? directory.Trim() : "/",
        };
        await context.UpdateAsync((state, _) => state.BulkSftp = settings);
        await context.LineAsync("Successfully configured SFTP server details for bulk certificate management.");
    }
}
