using CertBot.Cisco.Transport;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Tests.Transport;

public sealed class SshClosureClassifierTests
{
    [Theory]
    [InlineData("admin@127.0.0.1: Permission denied (password,keyboard-interactive).", false, NodeFailure.AuthenticationFailed)]
    [InlineData("ssh: connect to host 127.0.0.1 port 22: Connection refused", false, NodeFailure.Unreachable)]
    [InlineData("ssh: connect to host 10.9.9.9 port 22: Connection timed out", false, NodeFailure.Unreachable)]
    [InlineData("@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@\nHost key verification failed.", false, NodeFailure.HostKeyMismatch)]
    [InlineData("Host key verification failed.", true, NodeFailure.HostKeyMismatch)]
    [InlineData("Connection to 127.0.0.1 closed by remote host.", true, NodeFailure.SessionLost)]
    [InlineData("Timeout, server 127.0.0.1 not responding.", true, NodeFailure.SessionLost)]
    public void Classify_ClientDiagnostics_NameTheFailure(string diagnostics, bool loggedIn, NodeFailure expected)
    {
        Assert.Equal(expected, SshClosureClassifier.Classify(new ChannelClosure(255, diagnostics), loggedIn));
    }
}
