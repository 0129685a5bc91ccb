namespace CertBot.Chat.Views;

/// <summary>
/// What the bot shows in a thread, as data: each front renders it its own way (Teams: an Adaptive Card).
/// <see cref="Summary"/> is the one-line text for notifications and clients that render nothing else.
/// </summary>
public abstract record ChatView
{
    public abstract string Summary { get; }
}
