using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Teams.Tests.Protocol;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddCertBotTeamsProtocol_WithoutAppId_ResolvesTheGateAndAnAnonymousClient()
    {
        using var provider = new ServiceCollection().AddLogging().AddCertBotTeamsProtocol().BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<InboundRequestGate>());
        Assert.NotNull(provider.GetRequiredService<ConnectorClient>());
        Assert.IsType<AnonymousTokenSource>(provider.GetRequiredService<IConnectorTokenSource>());
    }

    [Fact]
    public void AddCertBotTeamsProtocol_WithAppIdAndSecret_UsesMsal()
    {
        using var provider = new ServiceCollection().AddLogging().AddCertBotTeamsProtocol()
            .Configure<ConnectorAuthenticationOptions>(o => (o.AppId, o.TenantId, o.ClientSecret) = ("app", "tenant", "secret"))
            .BuildServiceProvider();

        Assert.IsType<ClientSecretTokenSource>(provider.GetRequiredService<IConnectorTokenSource>());
    }

    [Fact]
    public void TokenSource_AppIdWithoutSecret_SaysWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ConnectorTokenSources.Create(new ConnectorAuthenticationOptions { AppId = "app", TenantId = "tenant" }));

        Assert.Contains("client secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenSource_ManagedIdentity_IsChosenWhenAsked()
    {
        var source = ConnectorTokenSources.Create(new ConnectorAuthenticationOptions { AppId = "app", UseManagedIdentity = true, ManagedIdentityClientId = "mi-client" });

        Assert.IsType<ManagedIdentityTokenSource>(source);
    }
}
