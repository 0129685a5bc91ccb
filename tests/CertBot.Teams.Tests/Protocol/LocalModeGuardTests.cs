using CertBot.Teams.Protocol.Authentication;

namespace CertBot.Teams.Tests.Protocol;

public sealed class LocalModeGuardTests
{
    private static readonly BotAuthenticationOptions NoAppId = new();

    [Theory]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://localhost:3978")]
    [InlineData("http://[::1]:3978")]
    public void NoAppId_OnLoopback_MayStart(string url)
    {
        Assert.Null(LocalModeGuard.Check(NoAppId, [url]));
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://+:80")]
    [InlineData("http://*:3978")]
    [InlineData("http://10.1.2.3:3978")]
    [InlineData("https://bot.example.org")]
    [InlineData("not a url")]
    public void NoAppId_OnAnyOtherAddress_MustNotStart(string url)
    {
        var refusal = LocalModeGuard.Check(NoAppId, ["http://127.0.0.1:3978", url]);

        Assert.NotNull(refusal);
        Assert.Contains(url, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAppId_AnyAddressIsFine()
    {
        Assert.Null(LocalModeGuard.Check(new BotAuthenticationOptions { AppId = "app" }, ["http://0.0.0.0:443"]));
    }
}
