using CertBot.Chat.Delivery;
using CertBot.Chat.Grammar;
using CertBot.Chat.Handling;
using CertBot.Chat.Inventory;
using CertBot.Chat.Views;
using CertBot.Engine.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CertBot.Chat;

/// <summary>The chat core's one composition entry point.</summary>
public static class ChatServiceCollectionExtensions
{
    /// <summary>
    /// Registers the handlers, views, inventory, the <see cref="ChatDeliveryService"/> and the fronts' <see cref="Work.ChatBackgroundWork"/> (both as hosted services),
    /// and binds the chat's own section, <see cref="ChatOptions"/> from <c>CertBot:Chat</c>. Composition-root work
    /// is not done here: the engine and its options come from <c>AddCertBotEngine</c>, the <see cref="Storage.IChatStore"/> from
    /// <c>AddCertBotStorage</c>, a front's <see cref="Threads.IChatThread"/> from <c>AddCertBotTeams</c> or
    /// <c>AddCertBotSlack</c>.
    /// </summary>
    public static IServiceCollection AddCertBotChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ChatOptions>().Bind(configuration.GetSection(ChatOptions.Section));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ChatOptions>>().Value);
        services.TryAddSingleton(sp =>
        {
            var clusters = sp.GetRequiredService<EngineOptions>().Clusters;
            return new CommandParser(clusters.Select(c => c.Name), clusters.ToDictionary(c => c.Name, c => (IReadOnlyList<string>)[.. c.Nodes.Select(n => n.Name)]));
        });
        services.TryAddSingleton<Threads.ChatThreads>();
        services.TryAddSingleton<People>();
        services.TryAddSingleton<RunViews>();
        services.TryAddSingleton<CertificateInventory>();
        services.TryAddSingleton<Approvers.GateAudiences>();
        services.TryAddSingleton<Approvers.RosterContacts>();
        services.TryAddSingleton<Approvers.GateCards>();
        services.TryAddSingleton<Approvers.Contacts>();
        services.TryAddSingleton<RunMessages>();
        services.TryAddSingleton<RunDecisions>();
        services.TryAddSingleton<PlanActions>();
        services.TryAddSingleton<ShowAll>();
        services.TryAddSingleton<SignedCertificates>();
        services.AddCheckedOptions<Watch.WatchOptions, Watch.WatchOptionsValidator>(Watch.WatchOptions.Section);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<Watch.WatchOptions>>().Value);
        services.TryAddSingleton<Watch.WatchChannels>();
        services.TryAddSingleton<Watch.WatchActions>();
        services.TryAddSingleton(sp => new Watch.ExpiryAnnouncer(
            sp.GetRequiredService<Watch.WatchOptions>(), sp.GetRequiredService<Watch.WatchChannels>(), sp.GetRequiredService<Engine.Inventory.Cache.FreshFacts>(),
            sp.GetRequiredService<Engine.CertBotEngine>().Store, sp.GetRequiredService<Threads.ChatThreads>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Watch.ExpiryAnnouncer>>()));
        services.TryAddSingleton<Watch.ExpiryWatchService>();
        services.AddHostedService(sp => sp.GetRequiredService<Watch.ExpiryWatchService>());
        services.TryAddSingleton<FactsRefreshes>();
        services.TryAddSingleton<CardActionHandler>();
        services.TryAddSingleton<Work.NodeCommandLimit>();
        services.TryAddSingleton<TextCommands>();
        services.TryAddSingleton<ChatRequestHandler>();
        services.TryAddSingleton<ChatDeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<ChatDeliveryService>());
        services.TryAddSingleton<Work.ChatBackgroundWork>();
        services.AddHostedService(sp => sp.GetRequiredService<Work.ChatBackgroundWork>());
        return services;
    }
}
