using System.Text.Json;

namespace CertBot.Teams.Protocol;

/// <summary>
/// A Bot Framework v3 activity, inbound and outbound (chat-protocols.md §1.1). Every field is optional on the
/// wire; <see cref="InboundActivityReader"/> checks the ones CertBot relies on before anything acts on them.
/// Fields CertBot does not use are dropped on reading.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    /// <summary>The Connector base URL for replies; trusted only after the token's <c>serviceurl</c> claim matched it.</summary>
    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public string? Text { get; init; }

    /// <summary><c>markdown</c> (the default Teams assumes), <c>plain</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>The invoke's name (<c>adaptiveCard/action</c>).</summary>
    public string? Name { get; init; }

    /// <summary>An invoke's payload, or the data of an <c>Action.Submit</c> click on a message.</summary>
    public JsonElement? Value { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>A message with one Adaptive Card and no text (a card-only post is the one whose id comes back).</summary>
    public static Activity CardMessage(Cards.AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment.Card(card)],
    };

    /// <summary>A text message (Markdown).</summary>
    public static Activity TextMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
    };

    /// <summary>A text message in the HTML subset Teams renders (<c>textFormat: "xml"</c>).</summary>
    public static Activity MarkupMessage(string html) => new()
    {
        Type = ActivityTypes.Message,
        Text = html,
        TextFormat = "xml",
    };
}
