using CertBot.Storage;
using Microsoft.Extensions.Configuration;

namespace CertBot.Cli.Configuration;

/// <summary>
/// <c>CertBot:Storage</c>: <c>Provider</c> (<c>sqlite</c>, the default, or <c>postgres</c>), <c>SqlitePath</c>,
/// <c>PostgresConnectionVariable</c> (the environment variable holding the connection string; it carries a
/// password, so it is never written in a file).
/// </summary>
public static class StorageOptionsReader
{
    public static StorageOptions Read(IConfigurationSection certBot, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(certBot);
        ArgumentNullException.ThrowIfNull(problems);
        var storage = certBot.GetSection("Storage");
        var provider = StorageProvider.Sqlite;
        if (storage["Provider"] is { Length: > 0 } text && !(Enum.TryParse(text, ignoreCase: true, out provider) && Enum.IsDefined(provider)))
        {
            problems.Add($"CertBot:Storage has Provider '{text}': use sqlite or postgres");
        }

        var defaults = new StorageOptions();
        return new StorageOptions(
            provider,
            storage["SqlitePath"] is { Length: > 0 } path ? path : null,
            storage["PostgresConnectionVariable"] is { Length: > 0 } variable ? variable : defaults.PostgresConnectionVariable);
    }
}
