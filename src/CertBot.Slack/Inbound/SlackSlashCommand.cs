using Microsoft.AspNetCore.WebUtilities;

namespace CertBot.Slack.Inbound;

/// <summary>A slash command (<c>application/x-www-form-urlencoded</c>): who typed what in which channel.</summary>
public sealed record SlackSlashCommand(
    string Command,
    string Text,
    string UserId,
    string UserName,
    string ChannelId,
    string? TeamId,
    string? ResponseUrl,
    string? TriggerId)
{
    /// <summary>Parses the form from the raw body the signature was checked over; null when a required field is missing.</summary>
    public static SlackSlashCommand? Parse(string form)
    {
        var fields = new FormReader(form).ReadForm();
        string? Get(string name) => fields.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;
        return Get("command") is { } command && Get("user_id") is { } user && Get("channel_id") is { } channel
            ? new SlackSlashCommand(command, Get("text") ?? "", user, Get("user_name") ?? user, channel, Get("team_id"), Get("response_url"), Get("trigger_id"))
            : null;
    }
}
