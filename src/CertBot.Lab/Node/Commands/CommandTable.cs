using CertBot.Lab.Node.Bulk;

namespace CertBot.Lab.Node.Commands;

/// <summary>The commands the simulated platform CLI understands.</summary>
internal static class CommandTable
{
    public static CommandDispatcher Create() => new CommandDispatcher()
        .Add("show cert list", new CertificateListCommand())
        .Add("show cert own", new CertificateShowCommand(trust: false))
        .Add("show cert trust", new CertificateShowCommand(trust: true))
        .Add("set cert regen", new CertificateRegenerateCommand())
        .Add("set cert delete", new CertificateDeleteCommand())
        .Add("set cert import", new CertificateImportCommand())
        .Add("set csr gen", new CsrGenerateCommand())
        .Add("show csr own", new CsrShowCommand(list: false))
        .Add("show csr list", new CsrShowCommand(list: true))
        .Add("utils service list", new ServiceListCommand())
        .Add("utils service restart", new ServiceControlCommand(ServiceAction.Restart))
        .Add("utils service stop", new ServiceControlCommand(ServiceAction.Stop))
        .Add("utils service start", new ServiceControlCommand(ServiceAction.Start))
        .Add("show network cluster", new NetworkClusterCommand())
        .Add("show version", new VersionCommand())
        .Add("set cli pagination", new PaginationCommand(show: false))
        .Add("show cli pagination", new PaginationCommand(show: true))
        .Add("run sql", new SqlCommand())
        .Add("utils dbreplication", new ReplicationStateCommand())
        .Add("show itl", new TrustListCommand(itl: true))
        .Add("show ctl", new TrustListCommand(itl: false))
        .Add("set cert bulk sftp", new BulkSftpCommand())
        .Add("set cert bulk export", new BulkTransferCommand(BulkOperation.Export))
        .Add("set cert bulk consolidate", new BulkTransferCommand(BulkOperation.Consolidate))
        .Add("set cert bulk import", new BulkTransferCommand(BulkOperation.Import));
}
