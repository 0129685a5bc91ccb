namespace CertBot.Teams.Protocol;

/// <summary>The activity types and invoke names CertBot handles (chat-protocols.md §1.2).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>The invoke an <c>Action.Execute</c> click or a card refresh sends.</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";
}
