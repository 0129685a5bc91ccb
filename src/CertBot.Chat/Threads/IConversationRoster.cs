namespace CertBot.Chat.Threads;

/// <summary>
/// A front that lists who is in a conversation (Teams: the Connector's roster of a chat or of a channel's team),
/// each with the principal the engine knows them by. Registered keyed by platform; a front without one (Slack)
/// learns people's ids only from what they send.
/// </summary>
public interface IConversationRoster
{
    /// <summary>The conversation's members, page by page as the platform hands them out; stop reading when done.</summary>
    IAsyncEnumerable<RosterMember> MembersAsync(ChatConversation conversation, CancellationToken cancellationToken);
}
