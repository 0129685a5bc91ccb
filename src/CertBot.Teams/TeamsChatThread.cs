using System.Text.Json;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Connector;
using CertBot.Teams.Rendering;

namespace CertBot.Teams;

/// <summary>
/// The thread port over the Connector: views become Adaptive Cards (card-only posts, so the Connector returns
/// the id later updates target), text answers Markdown messages. The conversation's reference is the stored
/// <see cref="ConversationReference"/> of the thread, so posts after a restart land in the same thread.
/// </summary>
public sealed class TeamsChatThread(ConnectorClient connector) : IChatThread
{
    public const string Platform = "teams";

    public async Task<ChatMessageRef> PostAsync(ChatConversation conversation, ChatView view, CancellationToken cancellationToken)
    {
        var reference = Read(conversation);
        var posted = await connector.SendProactiveAsync(reference, ToActivity(view), cancellationToken);
        return new ChatMessageRef(posted.Id ?? "");
    }

    public async Task UpdateAsync(ChatConversation conversation, ChatMessageRef message, ChatView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Id.Length == 0)
        {
            return; // the connector returned no id for the post (the Playground's 202): nothing to update.
        }

        await connector.UpdateAsync(Read(conversation), message.Id, ToActivity(view), cancellationToken);
    }

    /// <summary>The conversation of an authenticated inbound activity: its thread, as a stored reference.</summary>
    public static ChatConversation ConversationOf(Activity inbound)
    {
        var reference = ConversationReference.FromActivity(inbound);
        return new ChatConversation(Platform, reference.ConversationId, JsonSerializer.Serialize(reference, ConnectorJson.Options));
    }

    /// <summary>The conversation a <c>conversationUpdate</c> came from, posted to directly (<see cref="ConversationReference.ToConversationOf"/>).</summary>
    public static ChatConversation InstalledIn(Activity update)
    {
        var reference = ConversationReference.ToConversationOf(update);
        return new ChatConversation(Platform, reference.ConversationId, JsonSerializer.Serialize(reference, ConnectorJson.Options));
    }

    public static ConversationReference Read(ChatConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.Platform != Platform)
        {
            throw new ArgumentException($"a {conversation.Platform} conversation cannot be reached through Teams", nameof(conversation));
        }

        return JsonSerializer.Deserialize<ConversationReference>(conversation.Reference, ConnectorJson.Options)
            ?? throw new ArgumentException("the stored conversation reference is empty", nameof(conversation));
    }

    /// <summary>A view's card, or a text answer as Teams' HTML (<see cref="TeamsMarkup"/>: placeholders like <c>&lt;cluster&gt;</c> survive).</summary>
    public static Activity ToActivity(ChatView view) =>
        TeamsCardRenderer.Render(view) is { } card ? Activity.CardMessage(card) : Activity.MarkupMessage(TeamsMarkup.FromMarkdown(((TextView)view).Text));
}
