using CertBot.Engine.Configuration;
using CertBot.Teams;
using CertBot.Teams.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CertBot.Host.Composition;

/// <summary>
/// The host's own start-up checks (where it listens, the bot's identity, secrets in files) beside every
/// project's options checks, gathered at once so the operator fixes them in one round instead of one start
/// per mistake.
/// </summary>
public static class HostConfigurationChecks
{
    /// <exception cref="StartupRefusedException">Anything is missing, unreadable or unsafe; the message lists it all.</exception>
    public static WebApplication RefuseInvalidConfiguration(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var configuration = (IConfigurationRoot)app.Configuration;
        var teams = app.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var problems = StartupProblems.Of(app.Services).Concat(Problems(configuration, teams, Environment.GetEnvironmentVariable)).Distinct(StringComparer.Ordinal).ToList();
        return problems.Count == 0 ? app : throw new StartupRefusedException(problems);
    }

    /// <param name="teams">The Teams front's own options, as AddCertBotTeams bound them.</param>
    public static IEnumerable<string> Problems(IConfigurationRoot configuration, BotAuthenticationOptions teams, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(teams);
        if (LocalModeGuard.Check(teams, ListenUrls.From(configuration)) is { } refusal)
        {
            yield return refusal + " (Teams:AppId, or --urls http://127.0.0.1:3978)";
        }

        if (!string.IsNullOrWhiteSpace(configuration[TestingClock.Key]) && !teams.AuthenticationDisabled)
        {
            yield return $"{TestingClock.Key} moves the host's clock for tests and is refused while Teams:AppId is set: remove it";
        }

        foreach (var problem in TeamsIdentityProblems(configuration.GetSection(TeamsServiceCollectionExtensions.Section), environment).Concat(SecretsInFiles.Check(configuration)))
        {
            yield return problem;
        }
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
}
