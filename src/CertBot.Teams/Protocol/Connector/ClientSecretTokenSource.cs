using Microsoft.Identity.Client;

namespace CertBot.Teams.Protocol.Connector;

/// <summary>
/// The single-tenant app registration's token (client credentials, chat-protocols.md §3.1). One MSAL
/// application per process: it caches the token and renews it before it expires.
/// </summary>
public sealed class ClientSecretTokenSource : IConnectorTokenSource
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public ClientSecretTokenSource(IConfidentialClientApplication app, string scope)
    {
        _app = app;
        _scopes = [scope];
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
