using CertBot.Cisco.Configuration;
using CertBot.Cli.Commands;
using CertBot.Cli.Configuration;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CertBot.Cisco.Tests.Cli;

public sealed class CliConfigurationTests : IDisposable
{
    private const string Key = "SHA256:0123456789abcdefghijklmnopqrstuvwxyzABCDE";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"certbot-config-{Guid.NewGuid():N}.json");

    [Fact]
    public void Load_LabStyleFile_BindsNodesSftpAndSshDefaults()
    {
        File.WriteAllText(_file, $$"""
            { "CertBot": {
                "Clusters": [ { "Name": "lab-east", "Nodes": [
                  { "Name": "cucm-pub", "Host": "127.0.3.11", "Port": 2222, "Product": "cucm", "Role": "publisher",
                    "Username": "admin", "Password": "pw", "HostKeySha256": "{{Key}}" } ] } ],
                "Sftp": { "Host": "127.0.3.10", "Port": 2222, "Username": "sftpuser", "Password": "pw", "Directory": "/drop",
                          "HostKeySha256": "{{Key}}" },
                "Ssh": { "CommandTimeout": "00:00:30" } } }
            """);

        using var services = CliServices.Create(CliConfiguration.Build([new FileInfo(_file)]), verbose: false);

        var options = services.GetRequiredService<EngineOptions>();
        var node = Assert.Single(Assert.Single(options.Clusters).Nodes);
        var ssh = services.GetRequiredService<IOptions<SshOptions>>().Value;
        Assert.Equal((Product.Cucm, NodeRole.Publisher, 2222), (node.Product, node.Role, node.Port));
        Assert.Equal("/drop", options.Sftp!.Directory);
        Assert.Equal(TimeSpan.FromSeconds(30), ssh.CommandTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), ssh.LoginTimeout);
    }

    [Fact]
    public void Load_UnknownProductAndBadTimeout_AreEachNamedInOneAnswer()
    {
        File.WriteAllText(_file, """
            { "CertBot": { "Clusters": [ { "Name": "x", "Nodes": [ { "Name": "n", "Host": "h", "Product": "unity", "Role": "publisher" } ] } ],
                           "Ssh": { "CommandTimeout": "soon" } } }
            """);

        var e = Assert.Throws<ConfigurationException>(() => CliServices.Create(CliConfiguration.Build([new FileInfo(_file)]), verbose: false));

        Assert.Contains("cluster 'x' node 'n' has Product 'unity': use cucm or imp", e.Problems);
        Assert.Contains("CertBot:Ssh has CommandTimeout 'soon': use a duration such as 04:00:00", e.Problems);
        // The unreadable value is left out, not a reason to skip the other checks.
        Assert.Contains(e.Problems, p => p.StartsWith("cluster 'x' node 'n' has no hostKeySha256", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var e = Assert.Throws<ConfigurationException>(() => CliConfiguration.Build([new FileInfo(_file)]));

        Assert.Contains(_file, e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_file);
}
