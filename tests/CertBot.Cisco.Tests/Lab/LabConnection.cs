using CertBot.Cisco.Configuration;
using CertBot.Cisco.Nodes;
using CertBot.Cisco.Transport;
using CertBot.Cisco.Transport.SshNet;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cisco.Tests.Lab;

/// <summary>CertBot's own way to the lab: the lab's certbot.json composed through AddCertBotCisco, as the host and the CLI do.</summary>
internal sealed class LabConnection : IDisposable
{
    private readonly ServiceProvider services;

    /// <param name="changes">Node settings written over the lab's file (cluster, node, key, value); an empty node sets the cluster's own key.</param>
    public LabConnection(CiscoLab lab, params (string Cluster, string Node, string Key, string Value)[] changes)
        : this(lab, new Dictionary<string, string?>(), changes)
    {
    }

    /// <param name="settings">Other configuration keys written over the lab's file (<c>CertBot:Ssh:…</c>).</param>
    public LabConnection(CiscoLab lab, IReadOnlyDictionary<string, string?> settings, params (string Cluster, string Node, string Key, string Value)[] changes)
    {
        var file = new ConfigurationBuilder().AddJsonFile(lab.CertBotConfigPath).Build();
        var overrides = changes.ToDictionary(c => $"{NodePath(file, c.Cluster, c.Node)}:{c.Key}", c => (string?)c.Value);
        var configuration = new ConfigurationBuilder().AddJsonFile(lab.CertBotConfigPath).AddInMemoryCollection(overrides).AddInMemoryCollection(settings).Build();
        services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddCertBotCisco().BuildServiceProvider();
        Options = services.GetRequiredService<EngineOptions>();
        Directory = services.GetRequiredService<NodeDirectory>();
        Port = services.GetRequiredService<CiscoNodePort>();
    }

    public EngineOptions Options { get; }

    public NodeDirectory Directory { get; }

    public SshConnector Connector => services.GetRequiredService<SshConnector>();

    public SshNetCliTransport Transport => (SshNetCliTransport)services.GetRequiredService<ICliTransport>();

    public SshNetSftpClient Sftp => (SshNetSftpClient)services.GetRequiredService<ISftpClient>();

    public CiscoNodePort Port { get; }

    /// <summary>The bulk directory the composition registers (the strict one: only the configured server).</summary>
    public Engine.Execution.IBulkDirectory BulkDirectory => services.GetRequiredService<Engine.Execution.IBulkDirectory>();

    public NodeRef Ref(string cluster, string node)
    {
        var c = Options.Clusters.Single(x => x.Name == cluster);
        return NodeDirectory.ToRef(c, c.Nodes.Single(n => n.Name == node));
    }

    public Task<CiscoNodeSession> OpenAsync(string cluster, string node) => Port.OpenAsync(Ref(cluster, node), CancellationToken.None);

    public void Dispose() => services.Dispose();

    private static string NodePath(IConfiguration file, string cluster, string node)
    {
        var c = file.GetSection("CertBot:Clusters").GetChildren().Single(x => x["Name"] == cluster);
        if (node.Length == 0)
        {
            return c.Path;
        }

        return c.GetSection("Nodes").GetChildren().Single(n => n["Name"] == node).Path;
    }
}
