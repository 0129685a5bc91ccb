using CertBot.Chat.Threads;
using CertBot.Chat.WebApi;
using CertBot.Slack.Inbound;
using CertBot.Slack.Signing;
using CertBot.Slack.Threads;
using CertBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CertBot.Slack;

/// <summary>The Slack front's one composition entry point.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>Slack's conventional environment variables, read when the <c>Slack</c> section leaves a secret empty.</summary>
    public const string SigningSecretVariable = "SLACK_SIGNING_SECRET";

    public const string BotTokenVariable = "SLACK_BOT_TOKEN";

    /// <summary>
    /// Binds <see cref="SlackOptions"/> from the <c>Slack</c> section (secrets from the environment), registers the
    /// signature gate, the Web API client (named HttpClient <see cref="SlackApiClient.HttpClientName"/>), the conversation
    /// handler and its busy answer, a start-up check of the secrets, and <see cref="SlackChatThread"/> as the keyed
    /// <see cref="IChatThread"/> <c>"slack"</c> — and as the <see cref="IChatThread"/> when no other front registered one —, and
    /// <see cref="SlackDirectConversations"/> as the keyed <see cref="IDirectConversations"/> <c>"slack"</c> (approvers' copies of approval cards).
    /// Needs the chat core (<c>AddCertBotChat</c>), whose work queue the endpoints fill.
    /// </summary>
    public static IServiceCollection AddCertBotSlack(this IServiceCollection services, IConfiguration configuration, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var env = environment ?? Environment.GetEnvironmentVariable;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.Section))
            .PostConfigure(o =>
            {
                o.SigningSecret = Fill(o.SigningSecret, env(SigningSecretVariable));
                o.BotToken = Fill(o.BotToken, env(BotTokenVariable));
            });
        services.AddHttpClient(SlackApiClient.HttpClientName, (sp, client) =>
        {
            var baseUrl = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl.ToString();
            client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        }).AddWebApiRetry(
            sp => sp.GetRequiredService<IOptions<SlackOptions>>().Value.Retry,
            SlackTransientStatuses.IsTransient,
            (logger, response, attempt, wait) =>
                Log.ApiRetry(logger, response.RequestMessage?.RequestUri?.AbsolutePath ?? "?", (int)response.StatusCode, attempt, wait.TotalMilliseconds));
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<SlackRequestGate>();
        services.TryAddSingleton<SlackApiClient>();
        services.TryAddSingleton<SlackFileDownloads>();
        services.TryAddSingleton<SlackConversationHandler>();
        services.TryAddSingleton<SlackBusyReply>();
        services.AddHostedService<SlackConfigurationCheck>();
        services.TryAddSingleton<SlackCsrFiles>();
        services.TryAddSingleton<SlackChatThread>();
        services.AddKeyedSingleton<IChatThread>(SlackThreadReference.Platform, (sp, _) => sp.GetRequiredService<SlackChatThread>());
        services.TryAddSingleton<IChatThread>(sp => sp.GetRequiredService<SlackChatThread>());
        services.TryAddSingleton<SlackDirectConversations>();
        services.AddKeyedSingleton<IDirectConversations>(SlackThreadReference.Platform, (sp, _) => sp.GetRequiredService<SlackDirectConversations>());
        return services;
    }

    private static string Fill(string configured, string? fromEnvironment) =>
        string.IsNullOrEmpty(configured) ? fromEnvironment ?? "" : configured;
}
