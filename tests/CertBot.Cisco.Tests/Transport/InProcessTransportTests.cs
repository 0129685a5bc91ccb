using CertBot.Cisco.Transport.SshNet;

namespace CertBot.Cisco.Tests.Transport;

public sealed class InProcessTransportTests
{
    [Fact]
    public void TheAdapter_CannotStartAProcess()
    {
        // SSH runs in process: an ssh, sftp or ssh-keyscan child (and the password in its environment) would
        // need System.Diagnostics.Process, which the adapter must not reference.
        var referenced = typeof(SshConnector).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("System.Diagnostics.Process", referenced);
        Assert.Contains("Renci.SshNet", referenced);
    }
}
