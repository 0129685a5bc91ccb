using System.Text.Json.Serialization;

namespace CertBot.Slack.BlockKit;

/// <summary>A Block Kit text object: <c>plain_text</c> (headers, buttons, dialogs) or <c>mrkdwn</c> (sections, context).</summary>
public sealed record TextObject(
    [property: JsonPropertyOrder(-1)] string Type,
    string Text)
{
    public const string PlainType = "plain_text";
    public const string MarkdownType = "mrkdwn";

    /// <summary>Plain text, cut to <paramref name="max"/> characters.</summary>
    public static TextObject Plain(string text, int max) => new(PlainType, BlockKitLimits.Cut(text, max));

    /// <summary>Slack mrkdwn, cut to <paramref name="max"/> characters; the caller escapes what came from people or nodes.</summary>
    public static TextObject Markdown(string text, int max) => new(MarkdownType, BlockKitLimits.Cut(text, max));
}
