using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CertBot.Teams.Protocol.Connector;

/// <summary>Chooses the token source the options describe, and says what to fix when they describe none.</summary>
public static class ConnectorTokenSources
{
    /// <param name="httpClientFactory">MSAL's HTTP client; null for MSAL's own.</param>
    /// <exception cref="InvalidOperationException">An app id without a tenant and secret, or a managed identity.</exception>
    public static IConnectorTokenSource Create(ConnectorAuthenticationOptions options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            return AnonymousTokenSource.Instance;
        }

        if (options.UseManagedIdentity)
        {
            var identity = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.WithUserAssignedClientId(options.ManagedIdentityClientId);
            var mi = ManagedIdentityApplicationBuilder.Create(identity);
            if (httpClientFactory is not null)
            {
                mi = mi.WithHttpClientFactory(httpClientFactory);
            }

            return new ManagedIdentityTokenSource(mi.Build(), ResourceOf(options.Scope));
        }

        if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            throw new InvalidOperationException(
                "Teams app id is set but the tenant id or the client secret is missing: set both (the secret through "
                + "the environment), or set UseManagedIdentity. Leave the app id empty only for local testing.");
        }

        var builder = ConfidentialClientApplicationBuilder.Create(options.AppId)
            .WithClientSecret(options.ClientSecret)
            .WithAuthority(new Uri(options.AuthorityHost, options.TenantId).ToString());
        if (httpClientFactory is not null)
        {
            // A test authority on loopback is not a known cloud: skip instance discovery for it.
            builder = builder.WithHttpClientFactory(httpClientFactory).WithInstanceDiscovery(false);
        }

        return new ClientSecretTokenSource(builder.Build(), options.Scope);
    }

    private static string ResourceOf(string scope) =>
        scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
}
