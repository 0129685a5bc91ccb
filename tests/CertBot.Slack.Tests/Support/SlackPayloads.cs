using System.Text.Json;

namespace CertBot.Slack.Tests.Support;

/// <summary>Bodies shaped as Slack sends them (docs.slack.dev: slash commands, Events API, block_actions).</summary>
public static class SlackPayloads
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";
    public const string Team = "T0LAB0001";

    public static string SlashCommand(string user, string channel, string text, string? responseUrl = null) =>
        new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = Team,
            ["team_domain"] = "lab",
            ["channel_id"] = channel,
            ["channel_name"] = "ucops",
            ["user_id"] = user,
            ["user_name"] = user.ToLowerInvariant(),
            ["command"] = "/certbot",
            ["text"] = text,
            ["api_app_id"] = "A0CERTBOT",
            ["response_url"] = responseUrl ?? "https://hooks.slack.com/commands/T0LAB0001/1/x",
            ["trigger_id"] = Guid.NewGuid().ToString("N"),
        }).ReadAsStringAsync().GetAwaiter().GetResult();

    public static string Mention(string eventId, string user, string channel, string ts, string text, string? threadTs = null) => JsonSerializer.Serialize(new
    {
        token = "deprecated",
        team_id = Team,
        api_app_id = "A0CERTBOT",
        type = "event_callback",
        event_id = eventId,
        event_time = 1_700_000_000,
        @event = new { type = "app_mention", user, text, ts, channel, thread_ts = threadTs, event_ts = ts },
    });

    /// <summary>
    /// A file shared in a message (<c>message</c> of subtype <c>file_share</c>), as the Events API delivers it for the bot
    /// (<c>authorizations</c> names the bot user <see cref="BotUser"/>).
    /// </summary>
    public static string FileShare(string eventId, string user, string channel, string ts, string text, string fileName, Uri url, long size,
        string? threadTs = null, string channelType = "channel") => JsonSerializer.Serialize(new
    {
        token = "deprecated",
        team_id = Team,
        api_app_id = "A0CERTBOT",
        type = "event_callback",
        event_id = eventId,
        event_time = 1_700_000_000,
        authorizations = new[] { new { user_id = BotUser, is_bot = true, team_id = Team } },
        @event = new
        {
            type = "message", subtype = "file_share", user, text, ts, channel, thread_ts = threadTs, channel_type = channelType, event_ts = ts, upload = false,
            files = new[] { new { id = "F0" + fileName.Length, name = fileName, mimetype = "application/x-pem-file", filetype = "text", size, url_private = url.ToString(), url_private_download = url.ToString() } },
        },
    });

    /// <summary>The bot's own user id in the lab workspace.</summary>
    public const string BotUser = "U0CERTBOT";

    /// <summary>A click on a button of a message the bot posted (as recorded by the fake Web API).</summary>
    public static string Click(string user, string channel, string messageTs, string threadTs, string actionId, string value, string? comment = null,
        string? responseUrl = null)
    {
        var state = new Dictionary<string, Dictionary<string, object>>
        {
            ["comment"] = new() { ["comment"] = new { type = "plain_text_input", value = comment } },
        };
        var payload = JsonSerializer.Serialize(new
        {
            type = "block_actions",
            user = new { id = user, username = user.ToLowerInvariant(), name = user.ToLowerInvariant(), team_id = Team },
            api_app_id = "A0CERTBOT",
            team = new { id = Team, domain = "lab" },
            container = new { type = "message", message_ts = messageTs, channel_id = channel, is_ephemeral = false, thread_ts = threadTs },
            trigger_id = Guid.NewGuid().ToString("N"),
            channel = new { id = channel, name = "ucops" },
            message = new { type = "message", ts = messageTs, thread_ts = threadTs, bot_id = "B0CERTBOT", text = "…" },
            response_url = responseUrl ?? "https://hooks.slack.com/actions/T0LAB0001/1/x",
            state = new { values = state },
            actions = new[] { new { type = "button", action_id = actionId, block_id = "b", value, action_ts = "1700000000.1" } },
        });
        return new FormUrlEncodedContent(new Dictionary<string, string> { ["payload"] = payload }).ReadAsStringAsync().GetAwaiter().GetResult();
    }
}
