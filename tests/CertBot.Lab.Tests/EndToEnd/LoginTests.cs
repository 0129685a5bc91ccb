using CertBot.Testing;

namespace CertBot.Lab.Tests.EndToEnd;

[Collection(SharedLab.Name)]
public sealed class LoginTests(LabTestsLab lab)
{
    [Fact]
    public async Task Login_WithPassword_ShowsTheBannerThenThePrompt()
    {
        await using var client = await lab.ConnectAsync("lab-east", "cucm-pub");

        Assert.Contains("Command Line Interface is starting up, please wait ...", client.Banner, StringComparison.Ordinal);
        Assert.Contains("Welcome to the Platform Command Line Interface", client.Banner, StringComparison.Ordinal);
        Assert.True(
            client.Banner.IndexOf("starting up", StringComparison.Ordinal) < client.Banner.IndexOf("Welcome", StringComparison.Ordinal),
            "the start-up line comes before the welcome line");
        Assert.Contains("VMware Installation:", client.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_EveryNodeAndProduct_ReachesThePrompt()
    {
        foreach (var node in lab.Inventory.Clusters.Where(c => c.Name == "lab-east").SelectMany(c => c.Nodes))
        {
            await using var client = await OpenSshClient.ConnectAsync(node.Endpoint);
            var version = await client.RunAsync("show version active");
            Assert.Contains($"Active Master Version: {lab.Inventory.Cluster("lab-east").Version}", version, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("password", "Accepted password for admin")]
    [InlineData("keyboard-interactive", "Accepted keyboard-interactive/pam for admin")]
    public async Task Login_WithEitherAuthenticationMethodAlone_Works(string method, string logged)
    {
        var node = lab.Node("lab-east", "cucm-pub");

        await using (var client = await OpenSshClient.ConnectAsync(node.Endpoint with { PreferredAuthentications = method }))
        {
            Assert.Contains("Active Master Version", await client.RunAsync("show version active"), StringComparison.Ordinal);
        }

        var log = await File.ReadAllTextAsync(Path.Combine(lab.RuntimeDirectory, "nodes", "lab-east", "cucm-pub", "sshd.log"));
        Assert.Contains(logged, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithWrongPassword_IsRefused()
    {
        var node = lab.Node("lab-east", "cucm-pub");

        var refused = await OpenSshClient.TryLoginAsync(node.Endpoint with { Password = node.Password + "x" });

        Assert.NotNull(refused);
        Assert.Equal(255, refused.ExitCode);
        Assert.Contains("Permission denied", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithAnotherNodesHostKeyPinned_IsRefusedAsChangedKey()
    {
        var node = lab.Node("lab-east", "cucm-pub");
        var other = lab.Node("lab-east", "cucm-sub1");

        var refused = await OpenSshClient.TryLoginAsync(node.Endpoint with { HostKey = other.HostKey });

        Assert.NotNull(refused);
        Assert.Equal(255, refused.ExitCode);
        Assert.Contains("REMOTE HOST IDENTIFICATION HAS CHANGED", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inventory_HostKeyFingerprint_MatchesTheServedKey()
    {
        foreach (var node in lab.Inventory.Clusters.SelectMany(c => c.Nodes))
        {
            Assert.Equal(Fingerprint.Of(node.HostKey), node.HostKeySha256);
            Assert.StartsWith("SHA256:", node.HostKeySha256, StringComparison.Ordinal);
        }

        Assert.Equal(Fingerprint.Of(lab.Inventory.Sftp.HostKey), lab.Inventory.Sftp.HostKeySha256);
    }

    [Fact]
    public async Task ExecRequest_IsRefusedLikeOnCucm()
    {
        var node = lab.Node("lab-east", "cucm-pub");

        var result = await OpenSshExec.RunAsync(node.Endpoint, "show version active");

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("Active Master Version", result.Output, StringComparison.Ordinal);
    }
}
