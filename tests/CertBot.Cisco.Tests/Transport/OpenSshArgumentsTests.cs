using System.Diagnostics;
using CertBot.Cisco.Transport;
using CertBot.Cisco.Transport.OpenSsh;

namespace CertBot.Cisco.Tests.Transport;

public sealed class OpenSshArgumentsTests
{
    private const string Password = "Very$ecret pw";

    private static readonly SshEndpoint Node = new("lab-east/cucm-pub", "127.0.3.11", 2222, "admin", Password, "SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

    [Fact]
    public void AddCommon_PinsTheKeyAndIgnoresTheUsersSshConfiguration()
    {
        var psi = new ProcessStartInfo("ssh");

        OpenSshArguments.AddCommon(psi, Node, "/private/known_hosts", "/private/askpass", new OpenSshSettings(), sftp: false);

        var args = psi.ArgumentList.ToList();
        Assert.Equal(["-F", "/dev/null", "-p", "2222"], args.Take(4));
        Assert.Contains("StrictHostKeyChecking=yes", args);
        Assert.Contains("UserKnownHostsFile=/private/known_hosts", args);
        Assert.Contains("GlobalKnownHostsFile=/dev/null", args);
        Assert.Contains("PubkeyAuthentication=no", args);
        Assert.Contains("NumberOfPasswordPrompts=1", args);
        Assert.DoesNotContain(args, a => a.Contains("ssh-rsa", StringComparison.Ordinal));
    }

    [Fact]
    public void AddCommon_PasswordOnlyInTheChildEnvironment()
    {
        var psi = new ProcessStartInfo("ssh");

        OpenSshArguments.AddCommon(psi, Node, "/k", "/private/askpass", new OpenSshSettings(), sftp: false);

        Assert.DoesNotContain(psi.ArgumentList, a => a.Contains("ecret", StringComparison.Ordinal));
        Assert.Equal(Password, psi.Environment[AskPass.SecretVariable]);
        Assert.Equal("/private/askpass", psi.Environment["SSH_ASKPASS"]);
        Assert.Equal("force", psi.Environment["SSH_ASKPASS_REQUIRE"]);
        Assert.False(psi.Environment.ContainsKey("SSH_AUTH_SOCK"));
        Assert.DoesNotContain(Password, Node.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddCommon_ForSftp_UsesTheCapitalPortFlag()
    {
        var psi = new ProcessStartInfo("sftp");

        OpenSshArguments.AddCommon(psi, Node, "/k", "/a", new OpenSshSettings(), sftp: true);

        Assert.Equal(["-F", "/dev/null", "-P", "2222"], psi.ArgumentList.Take(4));
    }

    [Fact]
    public void Options_LegacyNode_AllowsSshRsaAndSha1KeyExchange()
    {
        var legacy = new SshEndpoint("old", "10.0.0.1", 22, "admin", "pw", "SHA256:x", allowLegacyAlgorithms: true);

        var options = OpenSshArguments.Options(legacy, "/k", new OpenSshSettings()).ToList();

        Assert.Contains("HostKeyAlgorithms=+ssh-rsa,ssh-dss", options);
        Assert.Contains(options, o => o.StartsWith("KexAlgorithms=+diffie-hellman-group14-sha1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Options_AreAllAcceptedByTheInstalledSshClient()
    {
        var legacy = new SshEndpoint("old", "10.0.0.1", 22, "admin", "pw", "SHA256:x", allowLegacyAlgorithms: true);
        var psi = new ProcessStartInfo("ssh") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-G");
        OpenSshArguments.AddCommon(psi, legacy, "/tmp/none", "/tmp/none", new OpenSshSettings(), sftp: false);
        psi.ArgumentList.Add("10.0.0.1");

        using var process = Process.Start(psi)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, stderr);
        Assert.Contains("stricthostkeychecking true", stdout, StringComparison.Ordinal);
        Assert.Contains("globalknownhostsfile /dev/null", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoint_HostThatLooksLikeAnOption_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new SshEndpoint("x", "-oProxyCommand=evil", 22, "admin", "pw", "SHA256:x"));
    }
}
