using System.Text.Json.Nodes;

namespace CertBot.EndToEnd.Tests.Infrastructure;

/// <summary>One activity the host sent: a post (<c>POST</c>) or an update of the card <see cref="Id"/> (<c>PUT</c>).</summary>
public sealed record SentActivity(string Method, string Conversation, string Id, JsonObject Body)
{
    /// <summary>The Adaptive Card it carries, or null for a text message.</summary>
    public JsonObject? Card => Body["attachments"]?.AsArray().FirstOrDefault()?["content"]?.AsObject();

    /// <summary>The card's first line (its heading), else the message text.</summary>
    public string Text => (string?)Card?["body"]?[0]?["text"] ?? (string?)Body["text"] ?? "";
}
