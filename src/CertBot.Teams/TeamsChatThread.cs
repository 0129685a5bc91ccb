using System.Text.Json;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Chat.Watch;
using CertBot.Teams.Protocol.Authentication;
using Microsoft.Extensions.Options;
using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Connector;
using CertBot.Teams.Rendering;

namespace CertBot.Teams;

/// <summary>
/// The thread port over the Connector: views become Adaptive Cards (card-only posts, so the Connector returns
/// the id later updates target), text answers Markdown messages. The conversation's reference is the stored
/// <see cref="ConversationReference"/> of the thread, so posts after a restart land in the same thread.
/// </summary>
public sealed class TeamsChatThread(ConnectorClient connector, IOptions<BotAuthenticationOptions> bot) : IChatThread
{
    public const string Platform = "teams";

    /// <summary>
    /// A channel thread's channel: the conversation id without <c>;messageid=</c> and no activity to reply to, so a
    /// post there is a new top-level message (its own thread). Personal and group chats have no threads: themselves.
    /// </summary>
    public ChatConversation ChannelOf(ChatConversation thread)
    {
        var reference = Read(thread);
        var marker = reference.ConversationId.IndexOf(ThreadRouting.ThreadMarker, StringComparison.OrdinalIgnoreCase);
        if (!string.Equals(reference.ConversationType, "channel", StringComparison.OrdinalIgnoreCase) || marker < 0)
        {
            return thread;
        }

        return Conversation(reference with { ConversationId = reference.ConversationId[..marker], ActivityId = null, User = null });
    }

    /// <summary>A channel named in configuration: its conversation id and the team's service URL (and tenant).</summary>
    public ChatConversation? Configured(WatchChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (string.IsNullOrWhiteSpace(channel.Channel) || !Uri.TryCreate(channel.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return null;
        }

        var botId = bot.Value.AppId is { Length: > 0 } appId ? "28:" + appId : "28:certbot";
        return Conversation(new ConversationReference(serviceUrl, "msteams", channel.Channel.Trim(), "channel", channel.TenantId, new ChannelAccount(botId, "CertBot"), null, null));
    }

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
    public static ChatConversation ConversationOf(Activity inbound) => Conversation(ConversationReference.FromActivity(inbound));

    private static ChatConversation Conversation(ConversationReference reference) =>
        new(Platform, reference.ConversationId, JsonSerializer.Serialize(reference, ConnectorJson.Options));

    /// <summary>The conversation a <c>conversationUpdate</c> came from, posted to directly (<see cref="ConversationReference.ToConversationOf"/>).</summary>
    public static ChatConversation InstalledIn(Activity update)
    {
        var reference = ConversationReference.ToConversationOf(update);
        return new ChatConversation(Platform, reference.ConversationId, JsonSerializer.Serialize(reference, ConnectorJson.Options));
    }

    /// <summary>
    /// The person's 1:1 conversation with the bot when <paramref name="inbound"/> came from there, fit for posts
    /// without an inbound turn (the conversation itself, no reply to the message that taught it); null for channels
    /// and group chats.
    /// </summary>
    public static ChatConversation? PersonalConversationOf(Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return string.Equals(inbound.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase) ? InstalledIn(inbound) : null;
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
