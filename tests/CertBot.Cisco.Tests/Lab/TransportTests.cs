using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Tests.Lab;

/// <summary>
/// The SSH.NET transport against the lab's real sshd: login methods, the legacy-only node (lab-west/cucm-sub1,
/// whose sshd offers only group14-sha1, ssh-rsa, aes128-ctr, hmac-sha1 and password login) and wrong passwords.
/// </summary>
[Collection(SharedCiscoLab.Name)]
public sealed class TransportTests(CiscoLab lab)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ModernNode_LogsInWithKeyboardInteractive()
    {
        var log = SshdLog.PathOf(lab, "lab-east", "imp-sub1");
        var before = SshdLog.Authentications(log).Count;
        using var connection = new LabConnection(lab);

        await using (var session = await connection.OpenAsync("lab-east", "imp-sub1"))
        {
            Assert.StartsWith("14.", await session.GetActiveVersionAsync(None), StringComparison.Ordinal);
        }

        var added = SshdLog.Authentications(log).Skip(before).ToList();
        Assert.Single(added);
        Assert.Contains("Accepted keyboard-interactive/pam for admin", added[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LegacyOnlyNode_WithoutTheOption_IsRefusedBeforeAuthentication()
    {
        var node = lab.Node("lab-west", "cucm-sub1");
        var log = SshdLog.PathOf(lab, "lab-west", "cucm-sub1");
        var before = (SshdLog.Authentications(log).Count, CommandLog.Commands(node.CommandLog).Count);
        using var connection = new LabConnection(lab, Legacy(false));

        var e = await Assert.ThrowsAsync<NodeException>(() => connection.OpenAsync("lab-west", "cucm-sub1"));

        Assert.Equal(NodeFailure.Unreachable, e.Failure);
        Assert.Contains("set AllowLegacyHostKeyAlgorithms for it", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, (SshdLog.Authentications(log).Count, CommandLog.Commands(node.CommandLog).Count));
    }

    [Fact]
    public async Task LegacyOnlyNode_WithTheOption_LogsInWithPassword()
    {
        using var scanner = new LabConnection(lab);
        var host = lab.Node("lab-west", "cucm-sub1");
        // Pinned from what the node offers now (trust-host's code): the host key test replaces this node's key.
        var keys = await scanner.Connector.ScanAsync(host.Host, host.Port, allowLegacy: true, None);
        var refused = await scanner.Connector.ScanAsync(host.Host, host.Port, allowLegacy: false, None);
        using var connection = new LabConnection(lab, Legacy(true), ("lab-west", "cucm-sub1", "HostKeySha256", Assert.Single(keys).Fingerprint));
        var log = SshdLog.PathOf(lab, "lab-west", "cucm-sub1");
        var before = SshdLog.Authentications(log).Count;

        await using (var session = await connection.OpenAsync("lab-west", "cucm-sub1"))
        {
            Assert.StartsWith("12.5", await session.GetActiveVersionAsync(None), StringComparison.Ordinal);
        }

        Assert.Equal("ssh-rsa", keys[0].Type);
        Assert.Empty(refused);
        Assert.Contains("Accepted password for admin", Assert.Single(SshdLog.Authentications(log).Skip(before)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_IsOneClearFailure_WithoutRetries()
    {
        var log = SshdLog.PathOf(lab, "lab-east", "imp-sub1");
        var before = SshdLog.Authentications(log).Count;
        using var connection = new LabConnection(lab, ("lab-east", "imp-sub1", "Password", "wrong-password"));

        var e = await Assert.ThrowsAsync<NodeException>(() => connection.OpenAsync("lab-east", "imp-sub1"));

        Assert.Equal(NodeFailure.AuthenticationFailed, e.Failure);
        Assert.Equal($"lab-east/imp-sub1: authentication failed for admin at {lab.Node("lab-east", "imp-sub1").Host}:{lab.Node("lab-east", "imp-sub1").Port} (user name or password refused).", e.Message);
        // One try per method the node offers (keyboard-interactive, password): no retry storm.
        Assert.InRange(SshdLog.Authentications(log).Skip(before).Count(l => l.Contains("Failed ", StringComparison.Ordinal)), 1, 2);
        Assert.DoesNotContain("wrong-password", e.ToString(), StringComparison.Ordinal);
    }

    private static (string, string, string, string) Legacy(bool allow) =>
        ("lab-west", "cucm-sub1", "AllowLegacyHostKeyAlgorithms", allow ? "true" : "false");
}
