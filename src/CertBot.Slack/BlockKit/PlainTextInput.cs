using System.Text.Json.Serialization;

namespace CertBot.Slack.BlockKit;

/// <summary>A text field (action_id ≤ 255, placeholder ≤ 150, max_length ≤ 3000).</summary>
public sealed record PlainTextInput(string ActionId, TextObject? Placeholder = null, bool Multiline = false, int? MaxLength = null)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "plain_text_input";
}
