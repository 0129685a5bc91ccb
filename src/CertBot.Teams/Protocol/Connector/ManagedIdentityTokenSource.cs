using Microsoft.Identity.Client;

namespace CertBot.Teams.Protocol.Connector;

/// <summary>The token of the Azure resource's managed identity (a bot registered with a user-assigned identity).</summary>
public sealed class ManagedIdentityTokenSource : IConnectorTokenSource
{
    private readonly IManagedIdentityApplication _app;
    private readonly string _resource;

    public ManagedIdentityTokenSource(IManagedIdentityApplication app, string resource)
    {
        _app = app;
        _resource = resource;
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForManagedIdentity(_resource).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
