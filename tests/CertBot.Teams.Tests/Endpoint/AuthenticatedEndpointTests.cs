using System.Net;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Endpoint;

/// <summary>The endpoint with an app id configured: a request without a valid token is 401 and does nothing.</summary>
[Collection(SharedTeamsLab.Name)]
public sealed class AuthenticatedEndpointTests(TeamsLab lab) : IAsyncLifetime
{
    private RecordingConnector connector = null!;
    private TeamsBotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await RecordingConnector.StartAsync();
        bot = await TeamsBotHost.StartAsync(lab, appId: "app-under-test");
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Message_WithoutToken_Is401_AndNothingHappens()
    {
        var response = await bot.PostAsync(Activities.Message(connector.ServiceUrl, "regen tomcat on lab-west").ToJsonString());
        await bot.IdleAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Requests);
        Assert.Empty(await bot.Engine.Runs.ListAsync([], 10, default));
    }
}
