namespace CertBot.Chat.Threads;

/// <summary>
/// A front that can open a person's direct conversation with the bot by their user id, without the person having
/// written first (Slack: <c>conversations.open</c>). Registered keyed by platform; Teams has none: a personal chat
/// is only known once the person wrote to the bot there.
/// </summary>
public interface IDirectConversations
{
    /// <summary>The direct conversation with <paramref name="userId"/>, or null when the platform refuses to open it.</summary>
    Task<ChatConversation?> OpenAsync(string userId, CancellationToken cancellationToken);
}
