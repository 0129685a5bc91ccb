using System.Globalization;
using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using Microsoft.Extensions.Options;

namespace CertBot.Cisco.Configuration;

/// <summary>
/// The adapter's start-up check of the one <c>CertBot</c> options model: how every node and the SFTP server are
/// reached (address, port, user, password, pinned host key), in the operator's words
/// ("cluster 'lab-east' node 'imp-sub1' has no hostKeySha256: add it or run `certbot trust-host 127.0.0.14`").
/// What the engine plans with (names, publishers, approvers) is the engine's own check.
/// </summary>
public sealed class NodeConnectionValidator(ISecretSource secrets) : IValidateOptions<EngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineOptions options)
    {
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public IReadOnlyList<string> Problems(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        foreach (var cluster in options.Clusters.Where(c => !string.IsNullOrWhiteSpace(c.Name)))
        {
            foreach (var node in cluster.Nodes.Where(n => !string.IsNullOrWhiteSpace(n.Name)))
            {
                var where = $"cluster '{cluster.Name}' node '{node.Name}'";
                if (string.IsNullOrWhiteSpace(node.Host))
                {
                    problems.Add($"{where} has no host: add its address or host name");
                    continue;
                }

                if (node.Port is < 1 or > 65535)
                {
                    problems.Add($"{where} has port {node.Port.ToString(CultureInfo.InvariantCulture)}: use 1-65535 (22 by default)");
                }

                if (string.IsNullOrWhiteSpace(node.Username))
                {
                    problems.Add($"{where} has no username: set the platform administrator (usually admin)");
                }

                ValidatePassword(where, node.Password, node.PasswordEnvironmentVariable, problems);
                ValidateHostKey(where, node.Host, node.Port, node.HostKeySha256, problems);
            }
        }

        if (options.Sftp is { } sftp)
        {
            ValidateSftp(sftp, problems);
        }

        return problems;
    }

    private void ValidateSftp(SftpOptions sftp, List<string> problems)
    {
        const string where = "the SFTP server (CertBot:Sftp)";
        if (string.IsNullOrWhiteSpace(sftp.Host))
        {
            problems.Add($"{where} has no host");
            return;
        }

        if (sftp.Port is < 1 or > 65535)
        {
            problems.Add($"{where} has port {sftp.Port.ToString(CultureInfo.InvariantCulture)}: use 1-65535 (22 by default)");
        }

        if (string.IsNullOrWhiteSpace(sftp.Username))
        {
            problems.Add($"{where} has no username");
        }

        ValidatePassword(where, sftp.Password, sftp.PasswordEnvironmentVariable, problems);
        ValidateHostKey(where, sftp.Host, sftp.Port, sftp.HostKeySha256, problems);
    }

    private void ValidatePassword(string where, string? password, string? variable, List<string> problems)
    {
        if (!string.IsNullOrEmpty(variable))
        {
            if (string.IsNullOrEmpty(secrets.Find(variable)))
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
