using CertBot.Cisco.Transport.SshNet;
using Renci.SshNet.Common;

namespace CertBot.Cisco.Tests.Transport;

public sealed class SshLoginTests
{
    [Fact]
    public void KeyboardInteractive_AnswersOnlyThePasswordPrompt()
    {
        var password = new AuthenticationPrompt(0, false, "Password: ");
        var code = new AuthenticationPrompt(1, false, "Verification code: ");
        var echoed = new AuthenticationPrompt(2, true, "Type your password again (shown): ");
        var e = new AuthenticationPromptEventArgs("admin", "", "", [password, code, echoed]);

        SshLogin.AnswerPasswordPrompts(e, "s3cret");

        Assert.Equal("s3cret", password.Response);
        Assert.Null(code.Response);
        Assert.Null(echoed.Response);
    }
}
