using CertBot.Cisco.Transport;
using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Configuration;

/// <summary>
/// The configured clusters as the rest of the adapter needs them: node references and SSH endpoints, with
/// passwords from the one secret source at the moment a connection needs them.
/// </summary>
public sealed class NodeDirectory(EngineOptions options, SshOptions ssh, ISecretSource secrets)
{
    public EngineOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public SshOptions Ssh { get; } = ssh ?? throw new ArgumentNullException(nameof(ssh));

    public IReadOnlyList<ClusterOptions> Clusters => Options.Clusters;

    public static NodeRef ToRef(ClusterOptions cluster, NodeOptions node)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(node);
        return new NodeRef(cluster.Name, node.Name, node.Product, node.Role);
    }

    public NodeOptions Find(NodeRef node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var cluster = Options.FindCluster(node.Cluster)
            ?? throw new ConfigurationException($"cluster '{node.Cluster}' is not configured");
        return cluster.Nodes.FirstOrDefault(n => n.Name.Equals(node.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ConfigurationException($"cluster '{node.Cluster}' has no node '{node.Name}'");
    }

    public SshEndpoint EndpointFor(NodeRef node)
    {
        var options = Find(node);
        return new SshEndpoint(node.ToString(), options.Host, options.Port, options.Username,
            Password(options.Password, options.PasswordEnvironmentVariable, node.ToString()),
            options.HostKeySha256 ?? throw new ConfigurationException($"{node} has no hostKeySha256"), options.AllowLegacyHostKeyAlgorithms);
    }

    /// <summary>The SFTP server's endpoint, or null when none is configured.</summary>
    public SshEndpoint? SftpEndpoint() => Options.BulkSftp is not { } s
        ? null
        : new SshEndpoint("sftp", s.Host, s.Port, s.Username, Password(s.Password, s.PasswordEnvironmentVariable, "the SFTP server"),
            s.HostKeySha256 ?? throw new ConfigurationException("the SFTP server has no hostKeySha256"), s.AllowLegacyHostKeyAlgorithms);

    private string Password(string? password, string? variable, string what) =>
        !string.IsNullOrEmpty(variable)
            ? secrets.Find(variable) ?? throw new ConfigurationException($"{what}: environment variable {variable} is not set")
            : password ?? throw new ConfigurationException($"{what} has no password");
}
