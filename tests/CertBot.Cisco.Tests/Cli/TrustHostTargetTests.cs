using CertBot.Cli.Commands;

namespace CertBot.Cisco.Tests.Cli;

public sealed class TrustHostTargetTests
{
    [Theory]
    [InlineData("127.0.0.14", "127.0.0.14", 22)]
    [InlineData("127.0.0.14:2222", "127.0.0.14", 2222)]
    [InlineData("cucm-pub.east.lab.example", "cucm-pub.east.lab.example", 22)]
    [InlineData("[fd00::14]:2222", "fd00::14", 2222)]
    [InlineData("fd00::14", "fd00::14", 22)]
    public void TryParseTarget_HostAndOptionalPort(string target, string host, int port)
    {
        Assert.True(TrustHostCommand.TryParseTarget(target, out var h, out var p));
        Assert.Equal((host, port), (h, p));
    }

    [Theory]
    [InlineData("127.0.0.14:99999")]
    [InlineData("-oProxyCommand=x")]
    [InlineData("")]
    public void TryParseTarget_Nonsense_IsRefused(string target)
    {
        Assert.False(TrustHostCommand.TryParseTarget(target, out _, out _));
    }
}
