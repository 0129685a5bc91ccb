namespace CertBot.Teams.Protocol;

/// <summary>
/// Reply-in-thread rules (chat-protocols.md §1.4). A channel message arrives with
/// <c>conversation.id = "&lt;channel&gt;;messageid=&lt;root&gt;"</c> and posting to that id lands in its thread.
/// A channel id without the suffix would post a new top-level message, so the suffix is added from the
/// activity's own id. Personal and group chats have no threads: their id is used as is.
/// </summary>
public static class ThreadRouting
{
    public const string ThreadMarker = ";messageid=";

    public static string ThreadConversationId(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var id = inbound.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(inbound));
        var isChannel = string.Equals(inbound.Conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase);
        return isChannel && !id.Contains(ThreadMarker, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(inbound.Id)
            ? ToThread(id, inbound.Id)
            : id;
    }

    /// <summary>The conversation id of the thread under the root message <paramref name="rootMessageId"/>.</summary>
    public static string ToThread(string channelConversationId, string rootMessageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelConversationId);
        ArgumentException.ThrowIfNullOrEmpty(rootMessageId);
        return WithoutThread(channelConversationId) + ThreadMarker + rootMessageId;
    }

    /// <summary>The channel's conversation id of a thread's (without <c>;messageid=</c>); any other id as it is.</summary>
    public static string WithoutThread(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var marker = conversationId.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return marker < 0 ? conversationId : conversationId[..marker];
    }
}
