using System.Text.Json;
using CertBot.Chat.Threads;

namespace CertBot.Slack.Threads;

/// <summary>
/// Where a Slack thread is: the channel and the <c>ts</c> of its parent message (the <c>thread_ts</c> of every reply),
/// stored by the core as the conversation's opaque reference so a restart can still post there. An empty
/// <see cref="ThreadTs"/> is the channel itself: a post there is a new top-level message (the expiry watch's, an
/// approver's copy of an approval in their direct message channel with the bot).
/// </summary>
public sealed record SlackThreadReference(string Channel, string ThreadTs, string? Team = null)
{
    public const string Platform = "slack";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ChatConversation ToConversation() => new(Platform, ThreadTs.Length == 0 ? Channel : $"{Channel}/{ThreadTs}", JsonSerializer.Serialize(this, Json));

    /// <summary>The channel itself, where a post starts its own thread.</summary>
    public static SlackThreadReference ChannelOnly(string channel, string? team = null) => new(channel, "", team);

    /// <exception cref="ArgumentException">The conversation is not a Slack thread.</exception>
    public static SlackThreadReference From(ChatConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.Platform != Platform)
        {
            throw new ArgumentException($"a {conversation.Platform} conversation is not a Slack thread", nameof(conversation));
        }

        return JsonSerializer.Deserialize<SlackThreadReference>(conversation.Reference, Json) is { Channel.Length: > 0, ThreadTs: not null } reference
            ? reference
            : throw new ArgumentException("the conversation's reference names no Slack channel", nameof(conversation));
    }
}
