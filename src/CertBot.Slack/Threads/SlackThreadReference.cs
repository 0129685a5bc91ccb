using System.Text.Json;
using CertBot.Chat.Threads;

namespace CertBot.Slack.Threads;

/// <summary>
/// Where a Slack thread is: the channel and the <c>ts</c> of its parent message (the <c>thread_ts</c> of every reply),
/// stored by the core as the conversation's opaque reference so a restart can still post there.
/// </summary>
public sealed record SlackThreadReference(string Channel, string ThreadTs, string? Team = null)
{
    public const string Platform = "slack";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ChatConversation ToConversation() => new(Platform, $"{Channel}/{ThreadTs}", JsonSerializer.Serialize(this, Json));

    /// <exception cref="ArgumentException">The conversation is not a Slack thread.</exception>
    public static SlackThreadReference From(ChatConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.Platform != Platform)
        {
            throw new ArgumentException($"a {conversation.Platform} conversation is not a Slack thread", nameof(conversation));
        }

        return JsonSerializer.Deserialize<SlackThreadReference>(conversation.Reference, Json) is { Channel.Length: > 0, ThreadTs.Length: > 0 } reference
            ? reference
            : throw new ArgumentException("the conversation's reference names no Slack channel and thread", nameof(conversation));
    }
}
