using CertBot.Chat.Views;

namespace CertBot.Chat.Threads;

/// <summary>
/// The port a chat front implements: post a view into a conversation's thread, and replace a posted view in
/// place. Teams renders views as Adaptive Cards, Slack as Block Kit; the core only speaks views.
/// </summary>
public interface IChatThread
{
    /// <summary>Posts the view in the conversation's thread (also without an inbound turn, from a stored reference).</summary>
    /// <returns>The posted message, for later updates.</returns>
    Task<ChatMessageRef> PostAsync(ChatConversation conversation, ChatView view, CancellationToken cancellationToken);

    /// <summary>Replaces a message posted earlier with <paramref name="view"/>.</summary>
    Task UpdateAsync(ChatConversation conversation, ChatMessageRef message, ChatView view, CancellationToken cancellationToken);

    /// <summary>
    /// The channel a thread belongs to, as a conversation whose posts start new top-level messages there (what the
    /// expiry watch posts into); by default the conversation itself (a chat without threads).
    /// </summary>
    ChatConversation ChannelOf(ChatConversation thread) => thread;

    /// <summary>A channel named in configuration, or null when this front cannot address it (what is missing is for the start-up check).</summary>
    ChatConversation? Configured(Watch.WatchChannelOptions channel) => null;
}
