using CertBot.Chat.Threads;
using CertBot.Teams.Protocol.Authentication;
using CertBot.Teams.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CertBot.Teams;

/// <summary>The Teams front's one composition entry point.</summary>
public static class TeamsServiceCollectionExtensions
{
    public const string Section = "Teams";

    /// <summary>
    /// Binds <see cref="BotAuthenticationOptions"/>, <see cref="ConnectorAuthenticationOptions"/> and
    /// <see cref="ConnectorClientOptions"/> from the one <c>Teams</c> section (app id, tenant, secret from the
    /// environment <c>Teams__ClientSecret</c>), adds the protocol, and registers Teams as the chat front of <c>teams</c> conversations and their roster (keyed), and as the
    /// default front when no other registered one.
    /// </summary>
    public static IServiceCollection AddCertBotTeams(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        services.Configure<BotAuthenticationOptions>(section);
        services.Configure<ConnectorAuthenticationOptions>(section);
        services.Configure<ConnectorClientOptions>(section);
        services.AddCertBotTeamsProtocol();
        services.TryAddSingleton<TeamsChatThread>();
        services.AddKeyedSingleton<IChatThread>(TeamsChatThread.Platform, (sp, _) => sp.GetRequiredService<TeamsChatThread>());
        services.TryAddSingleton<IChatThread>(sp => sp.GetRequiredService<TeamsChatThread>());
        services.TryAddSingleton<TeamsConversationRoster>();
        services.AddKeyedSingleton<IConversationRoster>(TeamsChatThread.Platform, (sp, _) => sp.GetRequiredService<TeamsConversationRoster>());
        services.AddHttpClient(Protocol.FileAttachments.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<Protocol.FileAttachments>();
        services.TryAddSingleton<TeamsActivityHandler>();
        return services;
    }
}
