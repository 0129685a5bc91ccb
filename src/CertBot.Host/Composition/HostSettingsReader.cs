using CertBot.Cisco.Configuration;
using CertBot.Engine.Configuration;
using CertBot.Storage;
using CertBot.Teams;
using CertBot.Teams.Protocol.Authentication;

namespace CertBot.Host.Composition;

/// <summary>
/// Binds every concern's options from the layered configuration and collects every problem at once, so the
/// operator fixes them in one round instead of one start per mistake.
/// </summary>
public static class HostSettingsReader
{
    /// <exception cref="StartupRefusedException">Anything is missing, unreadable or unsafe; the message lists it all.</exception>
    public static HostSettings Read(IConfigurationRoot configuration, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var nodes = new CertBotOptions();
        try
        {
            configuration.GetSection(CertBotOptions.Section).Bind(nodes);
        }
        catch (InvalidOperationException e)
        {
            problems.Add($"the configuration cannot be read: {e.Message} {e.InnerException?.Message}".Trim());
        }

        var certBot = configuration.GetSection(CertBotOptions.Section);
        var engine = EngineOptionsReader.Read(certBot, problems);
        problems.AddRange(CertBotOptionsValidator.Validate(nodes, environment));
        problems.AddRange(EngineOptionsValidator.Validate(engine));
        var storage = ReadStorage(certBot.GetSection("Storage"), environment, problems);

        var urls = ListenUrls.From(configuration);
        var teams = new BotAuthenticationOptions();
        configuration.GetSection(TeamsServiceCollectionExtensions.Section).Bind(teams);
        if (LocalModeGuard.Check(teams, urls) is { } refusal)
        {
            problems.Add(refusal + " (Teams:AppId, or --urls http://127.0.0.1:3978)");
        }

        problems.AddRange(TeamsIdentityProblems(configuration.GetSection(TeamsServiceCollectionExtensions.Section), environment));
        problems.AddRange(SecretsInFiles.Check(configuration));
        var poll = TimeSpan.TryParse(certBot["Runner:PollInterval"], out var p) && p > TimeSpan.Zero ? p : TimeSpan.FromSeconds(2);
        return problems.Count == 0
            ? new HostSettings(nodes, engine, storage, urls, poll)
            : throw new StartupRefusedException(problems.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>With an app id the bot needs an outbound identity too: a tenant and a secret, or a managed identity.</summary>
    private static IEnumerable<string> TeamsIdentityProblems(IConfigurationSection teams, Func<string, string?> environment)
    {
        if (string.IsNullOrWhiteSpace(teams["AppId"]) || string.Equals(teams["UseManagedIdentity"], "true", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(teams["TenantId"]))
        {
            yield return "Teams:AppId is set but Teams:TenantId is not: set the Entra tenant of the single-tenant app registration";
        }

        if (string.IsNullOrWhiteSpace(teams["ClientSecret"]) && string.IsNullOrWhiteSpace(environment("Teams__ClientSecret")))
        {
            yield return "Teams:AppId is set but there is no client secret: set the environment variable Teams__ClientSecret, or Teams:UseManagedIdentity to true";
        }
    }

    private static StorageOptions ReadStorage(IConfigurationSection section, Func<string, string?> environment, List<string> problems)
    {
        var provider = StorageProvider.Sqlite;
        if (section["Provider"] is { Length: > 0 } text && !Enum.TryParse(text, ignoreCase: true, out provider))
        {
            problems.Add($"CertBot:Storage:Provider is '{text}': use sqlite or postgres");
        }

        var options = new StorageOptions(provider, section["SqlitePath"] is { Length: > 0 } path ? Path.GetFullPath(path) : null);
        if (section["PostgresConnectionVariable"] is { Length: > 0 } variable)
        {
            options = options with { PostgresConnectionVariable = variable };
        }

        if (provider == StorageProvider.Postgres && string.IsNullOrEmpty(environment(options.PostgresConnectionVariable)))
        {
            problems.Add($"CertBot:Storage:Provider is postgres but the environment variable {options.PostgresConnectionVariable} is not set: export the connection string there");
        }

        return options;
    }
}
