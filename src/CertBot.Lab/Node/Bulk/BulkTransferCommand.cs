namespace CertBot.Lab.Node.Bulk;

/// <summary>
/// <c>set cert bulk export|consolidate|import &lt;unit&gt;</c> on a CUCM publisher: PKCS#12 files moved over SFTP
/// (one per node of the cluster on export; one consolidated file; import applies <see cref="BulkImportMapping"/>
/// to every node of this cluster).
/// </summary>
internal sealed class BulkTransferCommand(BulkOperation operation) : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        var unit = arguments.At(0);
        if (unit is not ("all" or "tomcat" or "tftp" or "capf"))
        {
            await context.InvalidUnitAsync(unit ?? "");
            return;
        }

        var settings = context.Snapshot.BulkSftp;
        if (settings is null)
        {
            await context.FailAsync("SFTP server details are not configured: run set cert bulk sftp first.");
            return;
        }

        if (!context.Snapshot.Identity.IsCucmPublisher)
        {
            await context.FailAsync("Bulk certificate management runs on the CUCM publisher only.");
            return;
        }

        await context.DelayAsync(context.Snapshot.Timing.BulkMilliseconds);
        var workDir = PrivateDirectory.Create();
        try
        {
            var transfer = new SftpTransfer(settings, context.Snapshot.SftpKnownHostsFile, context.Store.StateDir);
            var exchange = new BulkExchange(context, transfer, settings.Directory, workDir);
            string? outcome;
            try
            {
                outcome = operation switch
                {
                    BulkOperation.Export => await exchange.ExportAsync(),
                    BulkOperation.Consolidate => await exchange.ConsolidateAsync(),
                    _ => await exchange.ImportAsync(),
                };
            }
            catch (BulkFileException e)
            {
                outcome = e.Message;
            }

            if (outcome is not null)
            {
                await context.FailAsync(outcome);
                return;
            }
        }
        finally
        {
            Directory.Delete(workDir, recursive: true);
        }

        var (verb, failed, tail) = operation switch
        {
            BulkOperation.Export => ("exported", "export", " certificate(s) to sftp server."),
            BulkOperation.Consolidate => ("consolidated", "consolidate", " certificate(s) on sftp server."),
            _ => ("imported", "import", " certificates."),
        };

        // The platform reports each unit on its own line, so one unit can fail while another succeeds. A unit's
        // part of `all` fails here when a fail fault names the single-unit command (set cert bulk export tftp).
        var command = $"set cert bulk {failed}";
        foreach (var kind in unit == "all" ? ["tomcat", "tftp"] : new[] { unit })
        {
            await context.LineAsync(context.Faults.FailsOn($"{command} {kind}")
                ? $"Failed to {failed} {kind}{tail}"
                : $"Successfully {verb} {kind}{tail}");
        }
    }
}
