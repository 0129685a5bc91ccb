using CertBot.Cisco.Transport;
using CertBot.Cisco.Transport.SshNet;
using Renci.SshNet;

namespace CertBot.Cisco.Tests.Transport;

public sealed class SshAlgorithmsTests
{
    private static readonly string[] LegacySet = ["diffie-hellman-group14-sha1", "ssh-rsa", "aes128-ctr", "hmac-sha1"];

    [Fact]
    public void ModernNode_IsOfferedNoLegacyAlgorithm()
    {
        var offered = Offered(allowLegacy: false, HostKeyFamily.Any);

        Assert.All(LegacySet, a => Assert.DoesNotContain(a, offered));
        Assert.Contains("curve25519-sha256", offered);
        Assert.Contains("ssh-ed25519", offered);
        Assert.Contains("rsa-sha2-512", offered);
    }

    [Fact]
    public void LegacyNode_IsOfferedTheLegacySet_ButNeverGroup1TripleDesCbcOrCompression()
    {
        var offered = Offered(allowLegacy: true, HostKeyFamily.Any);

        Assert.All(LegacySet, a => Assert.Contains(a, offered));
        Assert.DoesNotContain("diffie-hellman-group1-sha1", offered);
        Assert.DoesNotContain("diffie-hellman-group-exchange-sha1", offered);
        Assert.DoesNotContain("3des-cbc", offered);
        Assert.DoesNotContain(offered, a => a.EndsWith("-cbc", StringComparison.Ordinal));
        Assert.DoesNotContain("zlib@openssh.com", offered);
    }

    [Fact]
    public void PinnedFamily_RestrictsTheHostKeyAlgorithmsToThatKeyType()
    {
        var connection = Connection(allowLegacy: true, HostKeyFamily.Of("rsa-sha2-256"));

        Assert.Equal(["rsa-sha2-256", "rsa-sha2-512"], connection.HostKeyAlgorithms.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LegacyRsaFamily_IsNotAllowedWithoutTheOption()
    {
        Assert.False(HostKeyFamily.LegacyRsa.IsAllowed(allowLegacy: false));
        Assert.Empty(Connection(allowLegacy: false, HostKeyFamily.LegacyRsa).HostKeyAlgorithms);
        Assert.True(HostKeyFamily.LegacyRsa.Verifies("ssh-rsa"));
        Assert.False(HostKeyFamily.Ecdsa.Verifies("ssh-rsa"));
    }

    private static ConnectionInfo Connection(bool allowLegacy, HostKeyFamily family) =>
        SshLogin.Connection(new SshEndpoint("lab/node", "127.0.0.1", 22, "admin", "secret", "SHA256:x", allowLegacy), new SshSettings(), family);

    private static List<string> Offered(bool allowLegacy, HostKeyFamily family)
    {
        var c = Connection(allowLegacy, family);
        return [.. c.KeyExchangeAlgorithms.Keys, .. c.Encryptions.Keys, .. c.HmacAlgorithms.Keys, .. c.HostKeyAlgorithms.Keys, .. c.CompressionAlgorithms.Keys];
    }
}
