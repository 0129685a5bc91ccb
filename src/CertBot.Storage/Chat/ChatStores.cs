using CertBot.Chat.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CertBot.Storage.Chat;

/// <summary>Builds the chat store next to the engine's, from the same <c>CertBot:Storage</c> section.</summary>
public static class ChatStores
{
    /// <exception cref="InvalidOperationException">PostgreSQL is chosen but its connection string variable is not set.</exception>
    public static IChatStore Create(StorageOptions options, TimeProvider time, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return options.Provider switch
        {
            StorageProvider.Postgres => new PostgresChatStore(
                environment(options.PostgresConnectionVariable)
                    ?? throw new InvalidOperationException($"CertBot:Storage:Provider is Postgres but {options.PostgresConnectionVariable} is not set: export the connection string there"),
                time),
            _ => new SqliteChatStore(options.SqlitePath ?? SqliteChatStore.DefaultPath, time),
        };
    }

    /// <summary>
    /// Registers <see cref="IChatStore"/> from <c>CertBot:Storage</c> (the engine store's section: one database
    /// for both). The tables are created or upgraded on first use.
    /// </summary>
    public static IServiceCollection AddCertBotChatStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => Create(
            configuration.GetSection("CertBot:Storage").Get<StorageOptions>() ?? new StorageOptions(),
            sp.GetRequiredService<TimeProvider>(), Environment.GetEnvironmentVariable));
        return services;
    }
}
