using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CertBot.Slack;

/// <summary>
/// Says once at start what the Slack front lacks: otherwise a missing secret only shows as Slack's
/// "dispatch_failed" in the workspace. Warns and lets the host start, because the other front may be the one in use.
/// </summary>
internal sealed class SlackConfigurationCheck(IOptions<SlackOptions> options, ILogger<SlackConfigurationCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.SigningSecret))
        {
            Log.NotConfigured(logger, "a signing secret", "every Slack request is refused with 401; set Slack__SigningSecret or SLACK_SIGNING_SECRET");
        }

        if (string.IsNullOrEmpty(options.Value.BotToken))
        {
            Log.NotConfigured(logger, "a bot token", "nothing can be posted to Slack; set Slack__BotToken or SLACK_BOT_TOKEN");
        }

        if (options.Value.AllowedTeams.Count == 0)
        {
            Log.NotConfigured(logger, "a workspace allow-list", "requests from every workspace the app is installed in are served; set Slack__AllowedTeams__0 to the team id");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
