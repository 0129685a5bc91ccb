using CertBot.Chat.Views;

namespace CertBot.Chat.Requests;

/// <summary>
/// What the front does with the clicked card: replace it with <see cref="Replacement"/> (null keeps it) for
/// everyone who sees it. Everything else the handler already posted into the thread through <see cref="Threads.IChatThread"/>.
/// </summary>
/// <param name="ForClicker">
/// The card as the clicker alone should see it (their own buttons), where the platform can show one person a card
/// of their own (Teams' invoke answer); null when it is <see cref="Replacement"/>.
/// </param>
public sealed record ChatReply(ChatView? Replacement, ChatView? ForClicker = null)
{
    public static ChatReply None { get; } = new((ChatView?)null);

    /// <summary>What the clicker sees: their own card, else the one everybody sees.</summary>
    public ChatView? ForClickerOrReplacement => ForClicker ?? Replacement;
}
