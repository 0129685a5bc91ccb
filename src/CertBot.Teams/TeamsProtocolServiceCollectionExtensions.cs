using CertBot.Chat.WebApi;
using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Authentication;
using CertBot.Teams.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CertBot.Teams;

/// <summary>Registers the Bot Framework v3 Connector protocol: inbound gate and token check, outbound client.</summary>
public static class TeamsProtocolServiceCollectionExtensions
{
    private const string MetadataClient = "CertBot.Teams.BotMetadata";

    /// <summary>
    /// Adds the protocol services. Bind <see cref="BotAuthenticationOptions"/>, <see cref="ConnectorAuthenticationOptions"/>
    /// and <see cref="ConnectorClientOptions"/> (their property names fit one shared configuration section).
    /// </summary>
    public static IServiceCollection AddCertBotTeamsProtocol(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotAuthenticationOptions>();
        services.AddOptions<ConnectorAuthenticationOptions>();
        services.AddOptions<ConnectorClientOptions>();
        services.AddHttpClient(MetadataClient);

        services.TryAddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(sp => BotMetadataCache.Create(
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataClient),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new BotTokenValidator(
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value,
            sp.GetRequiredService<IConfigurationManager<OpenIdConnectConfiguration>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BotTokenValidator>>()));
        services.TryAddSingleton(sp => new InboundRequestGate(
            sp.GetRequiredService<BotTokenValidator>(), sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value));

        services.TryAddSingleton(sp => ConnectorTokenSources.Create(sp.GetRequiredService<IOptions<ConnectorAuthenticationOptions>>().Value));
        services.AddHttpClient<ConnectorClient>().AddWebApiRetry(
            sp => sp.GetRequiredService<IOptions<ConnectorClientOptions>>().Value.Retry,
            ConnectorTransientStatuses.IsTransient,
            (logger, response, attempt, wait) => Log.ConnectorRetry(logger, response.RequestMessage?.Method.Method ?? "?",
                response.RequestMessage?.RequestUri?.AbsolutePath ?? "?", (int)response.StatusCode, attempt, wait.TotalMilliseconds));
        return services;
    }
}
