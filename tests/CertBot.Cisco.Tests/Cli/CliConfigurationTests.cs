using CertBot.Cisco.Configuration;
using CertBot.Cli.Configuration;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Tests.Cli;

public sealed class CliConfigurationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"certbot-config-{Guid.NewGuid():N}.json");

    [Fact]
    public void Load_LabStyleFile_BindsNodesSftpAndSshDefaults()
    {
        File.WriteAllText(_file, """
            { "CertBot": {
                "Clusters": [ { "Name": "lab-east", "Nodes": [
                  { "Name": "cucm-pub", "Host": "127.0.3.11", "Port": 2222, "Product": "cucm", "Role": "publisher",
                    "Username": "admin", "Password": "pw", "HostKeySha256": "SHA256:0123456789abcdefghijklmnopqrstuvwxyzABCDE" } ] } ],
                "Sftp": { "Host": "127.0.3.10", "Port": 2222, "Username": "sftpuser", "Password": "pw", "Directory": "/drop",
                          "HostKeySha256": "SHA256:0123456789abcdefghijklmnopqrstuvwxyzABCDE" },
                "Ssh": { "CommandTimeout": "00:00:30" } } }
            """);

        var options = CliConfiguration.Load(new FileInfo(_file), _ => null);

        var node = Assert.Single(Assert.Single(options.Clusters).Nodes);
        Assert.Equal((Product.Cucm, NodeRole.Publisher, 2222), (node.Product, node.Role, node.Port));
        Assert.Equal("/drop", options.Sftp!.Directory);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Ssh.CommandTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Ssh.LoginTimeout);
    }

    [Fact]
    public void Load_UnknownProduct_IsAConfigurationProblem()
    {
        File.WriteAllText(_file, """{ "CertBot": { "Clusters": [ { "Name": "x", "Nodes": [ { "Name": "n", "Host": "h", "Product": "unity" } ] } ] } }""");

        var e = Assert.Throws<ConfigurationException>(() => CliConfiguration.Load(new FileInfo(_file), _ => null));

        Assert.Contains("unity", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var e = Assert.Throws<ConfigurationException>(() => CliConfiguration.Load(new FileInfo(_file), _ => null));

        Assert.Contains(_file, e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_file);
}
