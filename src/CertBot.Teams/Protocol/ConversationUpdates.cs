namespace CertBot.Teams.Protocol;

/// <summary>Reading <c>conversationUpdate</c> activities (chat-protocols.md §1.2).</summary>
public static class ConversationUpdates
{
    /// <summary>
    /// The bot itself was added (installed in a team, chat or personal scope): the moment for a short welcome.
    /// The bot recognises itself as the activity's recipient.
    /// </summary>
    public static bool AddsTheBot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var bot = activity.Recipient?.Id;
        return activity.Type == ActivityTypes.ConversationUpdate
            && bot is not null
            && (activity.MembersAdded ?? []).Any(m => string.Equals(m.Id, bot, StringComparison.OrdinalIgnoreCase));
    }
}
