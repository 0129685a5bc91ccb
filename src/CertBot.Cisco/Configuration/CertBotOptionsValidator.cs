using System.Globalization;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Configuration;

/// <summary>
/// Checks the node configuration on start and says what to fix, in the operator's words
/// ("cluster 'lab-east' node 'imp-sub1' has no hostKeySha256: add it or run `certbot trust-host 127.0.0.14`").
/// </summary>
public static class CertBotOptionsValidator
{
    /// <param name="environment">Reads an environment variable (injected so tests need no process state).</param>
    public static IReadOnlyList<string> Validate(CertBotOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var problems = new List<string>();
        var clusterNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cluster in options.Clusters)
        {
            if (string.IsNullOrWhiteSpace(cluster.Name))
            {
                problems.Add("a cluster has no name: give every entry of CertBot:Clusters a Name");
                continue;
            }

            if (!clusterNames.Add(cluster.Name))
            {
                problems.Add($"cluster '{cluster.Name}' is configured twice");
            }

            if (cluster.Nodes.Count == 0)
            {
                problems.Add($"cluster '{cluster.Name}' has no nodes");
            }

            ValidateNodes(cluster, environment, problems);
        }

        if (options.Sftp is { } sftp)
        {
            ValidateSftp(sftp, environment, problems);
        }

        if (options.Ssh.InventoryConcurrency < 1)
        {
            problems.Add("CertBot:Ssh:InventoryConcurrency must be at least 1");
        }

        return problems;
    }

    private static void ValidateNodes(ClusterOptions cluster, Func<string, string?> environment, List<string> problems)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in cluster.Nodes)
        {
            var where = $"cluster '{cluster.Name}' node '{node.Name}'";
            if (string.IsNullOrWhiteSpace(node.Name))
            {
                problems.Add($"cluster '{cluster.Name}' has a node without a name");
                continue;
            }

            if (!names.Add(node.Name))
            {
                problems.Add($"{where} is configured twice");
            }

            if (string.IsNullOrWhiteSpace(node.Host))
            {
                problems.Add($"{where} has no host: add its address or host name");
                continue;
            }

            if (node.Port is < 1 or > 65535)
            {
                problems.Add($"{where} has port {node.Port.ToString(CultureInfo.InvariantCulture)}: use 1-65535 (22 by default)");
            }

            if (node.Product is null)
            {
                problems.Add($"{where} has no product: set Product to cucm or imp");
            }

            if (node.Role is null)
            {
                problems.Add($"{where} has no role: set Role to publisher or subscriber");
            }

            if (string.IsNullOrWhiteSpace(node.Username))
            {
                problems.Add($"{where} has no username: set the platform administrator (usually admin)");
            }

            ValidatePassword(where, node.Password, node.PasswordEnvironmentVariable, environment, problems);
            ValidateHostKey(where, node.Host, node.Port, node.HostKeySha256, problems);
        }

        foreach (var product in new[] { Product.Cucm, Product.Imp })
        {
            if (cluster.Nodes.Count(n => n.Product == product && n.Role == NodeRole.Publisher) > 1)
            {
                problems.Add($"cluster '{cluster.Name}' has more than one {product.ToString().ToLowerInvariant()} publisher");
            }
        }
    }

    private static void ValidateSftp(SftpOptions sftp, Func<string, string?> environment, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(sftp.Host))
        {
            problems.Add("the SFTP server (CertBot:Sftp) has no host");
            return;
        }

        if (string.IsNullOrWhiteSpace(sftp.Username))
        {
            problems.Add("the SFTP server (CertBot:Sftp) has no username");
        }

        ValidatePassword("the SFTP server (CertBot:Sftp)", sftp.Password, sftp.PasswordEnvironmentVariable, environment, problems);
        ValidateHostKey("the SFTP server (CertBot:Sftp)", sftp.Host, sftp.Port, sftp.HostKeySha256, problems);
    }

    private static void ValidatePassword(string where, string? password, string? variable, Func<string, string?> environment, List<string> problems)
    {
        if (!string.IsNullOrEmpty(variable))
        {
            if (string.IsNullOrEmpty(environment(variable)))
            {
                problems.Add($"{where} takes its password from the environment variable {variable}, which is not set");
            }
        }
        else if (string.IsNullOrEmpty(password))
        {
            problems.Add($"{where} has no password: set PasswordEnvironmentVariable to the variable that holds it");
        }
    }

    private static void ValidateHostKey(string where, string host, int port, string? fingerprint, List<string> problems)
    {
        var target = port == 22 ? host : $"{host}:{port.ToString(CultureInfo.InvariantCulture)}";
        if (string.IsNullOrWhiteSpace(fingerprint))
        {
            problems.Add($"{where} has no hostKeySha256: add it or run `certbot trust-host {target}`");
        }
        else if (!fingerprint.Trim().StartsWith("SHA256:", StringComparison.Ordinal) || fingerprint.Trim().Length < 20)
        {
            problems.Add($"{where} has hostKeySha256 '{fingerprint}', which is not a SHA256:… fingerprint: run `certbot trust-host {target}` and paste what it prints");
        }
    }
}
