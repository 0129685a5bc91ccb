using CertBot.Chat.Views;

namespace CertBot.Chat.Requests;

/// <summary>
/// What the front does with the clicked card: replace it with <see cref="Replacement"/> (null keeps it).
/// Everything else the handler already posted into the thread through <see cref="Threads.IChatThread"/>.
/// </summary>
public sealed record ChatReply(ChatView? Replacement)
{
    public static ChatReply None { get; } = new((ChatView?)null);
}
