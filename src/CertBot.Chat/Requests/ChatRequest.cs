using CertBot.Chat.Threads;

namespace CertBot.Chat.Requests;

/// <summary>
/// One inbound turn, platform-neutral: a typed message (<see cref="Text"/>, mention already removed) or a card
/// button (<see cref="Action"/>). The front has authenticated the platform's request; the principal is who the
/// platform says clicked or typed, and the engine decides what that person may do.
/// </summary>
/// <param name="Principal"><c>aad:&lt;object id&gt;</c> (Teams) or <c>slack:&lt;user id&gt;</c>.</param>
/// <param name="DisplayName">The person's name as the platform shows it, for the thread's messages.</param>
/// <param name="InboundId">The platform's id of the inbound activity or event; a repeat is ignored.</param>
/// <param name="Files">Files attached to the message (a CA's answer), as the front fetched them; null when none.</param>
/// <param name="UserId">The person's id in the platform's conversations (Teams: <c>from.id</c>, <c>29:…</c>), when it gave one.</param>
/// <param name="Personal">The person's 1:1 conversation with the bot, when the turn came from there: kept to reach them later.</param>
public sealed record ChatRequest(
    string Platform,
    string Principal,
    string DisplayName,
    ChatConversation Conversation,
    string? Text = null,
    ChatAction? Action = null,
    string? InboundId = null,
    IReadOnlyList<ChatFile>? Files = null,
    string? UserId = null,
    ChatConversation? Personal = null)
{
    /// <summary>Never the text or the files: a pasted certificate (or key) must not reach a log through the request.</summary>
    public override string ToString() => $"{Platform} request from {Principal} in {Conversation.Key}";
}
