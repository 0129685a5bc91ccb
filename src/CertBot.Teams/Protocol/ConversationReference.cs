namespace CertBot.Teams.Protocol;

/// <summary>
/// Where to post later without an inbound turn (progress, gate and failure messages): stored per run so a
/// restart does not lose the thread. Built only from authenticated activities, because the
/// <see cref="ServiceUrl"/> decides where the bot's token is sent.
/// </summary>
/// <param name="ConversationId">The thread's conversation id (<see cref="ThreadRouting.ThreadConversationId"/>).</param>
/// <param name="Bot">The bot's account in this conversation (the inbound recipient).</param>
/// <param name="User">Who started it (the inbound sender); null for a conversation the bot created.</param>
/// <param name="ActivityId">The activity that started the thread, replied to by <see cref="ReplyToId"/>.</param>
public sealed record ConversationReference(
    Uri ServiceUrl,
    string ChannelId,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    ChannelAccount Bot,
    ChannelAccount? User,
    string? ActivityId)
{
    public string? ReplyToId => ActivityId;

    /// <summary>The reference that replies in the thread of <paramref name="inbound"/> (which the reader has validated).</summary>
    public static ConversationReference FromActivity(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var conversation = inbound.Conversation ?? throw new ArgumentException("The activity has no conversation.", nameof(inbound));
        return new ConversationReference(
            new Uri(inbound.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(inbound))),
            inbound.ChannelId ?? "msteams",
            ThreadRouting.ThreadConversationId(inbound),
            conversation.ConversationType,
            conversation.TenantId ?? inbound.ChannelData?.Tenant?.Id,
            inbound.Recipient ?? throw new ArgumentException("The activity has no recipient.", nameof(inbound)),
            inbound.From,
            inbound.Id);
    }

    /// <summary>
    /// The conversation of <paramref name="inbound"/> itself, not a thread under it and not a reply: where a
    /// <c>conversationUpdate</c> (the bot installed) is answered. Its activity id is no message, so a thread under
    /// it (<c>channel;messageid=&lt;update id&gt;</c>) or a reply to it does not exist: the Agents Playground answers
    /// 404 ConversationNotFound; a post to the channel itself is a new post, in Teams and in the Playground.
    /// </summary>
    public static ConversationReference ToConversationOf(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var reference = FromActivity(inbound);
        return reference with { ConversationId = inbound.Conversation?.Id ?? reference.ConversationId, ActivityId = null };
    }

    /// <summary>
    /// Addresses an outbound activity to this conversation: from the bot, to the user, in the thread, as a reply.
    /// </summary>
    public Activity Address(Activity outbound)
    {
        ArgumentNullException.ThrowIfNull(outbound);
        return outbound with
        {
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl.ToString(),
            From = Bot,
            Recipient = User,
            Conversation = new ConversationAccount(ConversationId, ConversationType, TenantId),
            ReplyToId = outbound.ReplyToId ?? ReplyToId,
        };
    }
}
