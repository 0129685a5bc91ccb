using CertBot.Cisco.Configuration;
using CertBot.Cisco.Nodes;
using CertBot.Cisco.Transport.SshNet;
using CertBot.Cli.Configuration;
using CertBot.Engine.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Cisco.Tests.Lab;

/// <summary>CertBot's own way to the lab: the lab's certbot.json through the CLI's configuration loading.</summary>
internal sealed class LabConnection
{
    public LabConnection(CiscoLab lab, Action<CertBotOptions>? tune = null)
    {
        Options = CliConfiguration.Load(new FileInfo(lab.CertBotConfigPath), _ => null);
        tune?.Invoke(Options);
        Directory = new NodeDirectory(Options, _ => null);
        Connector = new SshConnector(SshSettings.From(Options.Ssh), NullLoggerFactory.Instance);
        Transport = new SshNetCliTransport(Connector);
        Sftp = new SshNetSftpClient(Connector);
        Port = new CiscoNodePort(Directory, Transport, TimeProvider.System, NullLoggerFactory.Instance);
    }

    public CertBotOptions Options { get; }

    public NodeDirectory Directory { get; }

    public SshConnector Connector { get; }

    public SshNetCliTransport Transport { get; }

    public SshNetSftpClient Sftp { get; }

    public CiscoNodePort Port { get; }

    public NodeRef Ref(string cluster, string node)
    {
        var c = Options.Clusters.Single(x => x.Name == cluster);
        return NodeDirectory.ToRef(c, c.Nodes.Single(n => n.Name == node));
    }

    public Task<CiscoNodeSession> OpenAsync(string cluster, string node) => Port.OpenAsync(Ref(cluster, node), CancellationToken.None);
}
