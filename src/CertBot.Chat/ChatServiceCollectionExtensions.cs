using CertBot.Chat.Delivery;
using CertBot.Chat.Grammar;
using CertBot.Chat.Handling;
using CertBot.Chat.Inventory;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Nodes;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CertBot.Chat;

/// <summary>The chat core's one composition entry point.</summary>
public static class ChatServiceCollectionExtensions
{
    /// <summary>
    /// Registers the handlers, views, inventory, the <see cref="ChatDeliveryService"/> and the fronts' <see cref="Work.ChatBackgroundWork"/> (both as hosted services).
    /// Binds <see cref="ChatOptions"/> from <c>CertBot:Chat</c>; <see cref="EngineOptions"/> from <c>CertBot</c>
    /// and <see cref="CertBotEngine"/> only when the host registered none. The host provides
    /// <see cref="IEngineStore"/>, <see cref="INodePort"/>, <see cref="Storage.IChatStore"/> and a front's
    /// <see cref="Threads.IChatThread"/>.
    /// </summary>
    public static IServiceCollection AddCertBotChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ChatOptions>().Bind(configuration.GetSection(ChatOptions.Section));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ChatOptions>>().Value);
        services.TryAddSingleton(_ => EngineOptionsReader.Read(configuration.GetSection("CertBot")));
        services.TryAddSingleton<ISecretSource, EnvironmentSecretSource>();
        services.TryAddSingleton(sp => new CertBotEngine(
            sp.GetRequiredService<EngineOptions>(), sp.GetRequiredService<IEngineStore>(), sp.GetRequiredService<INodePort>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<ISecretSource>(),
            sp.GetService<IBulkDirectory>()));
        services.TryAddSingleton(sp => new CommandParser(sp.GetRequiredService<EngineOptions>().Clusters.Select(c => c.Name)));
        services.TryAddSingleton<Threads.ChatThreads>();
        services.TryAddSingleton<People>();
        services.TryAddSingleton<RunViews>();
        services.TryAddSingleton<CertificateInventory>();
        services.TryAddSingleton<RunMessages>();
        services.TryAddSingleton<RunDecisions>();
        services.TryAddSingleton<PlanActions>();
        services.TryAddSingleton<CardActionHandler>();
        services.TryAddSingleton<TextCommands>();
        services.TryAddSingleton<ChatRequestHandler>();
        services.TryAddSingleton<ChatDeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<ChatDeliveryService>());
        services.TryAddSingleton<Work.ChatBackgroundWork>();
        services.AddHostedService(sp => sp.GetRequiredService<Work.ChatBackgroundWork>());
        return services;
    }
}
