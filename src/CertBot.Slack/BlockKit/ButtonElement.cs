using System.Text.Json.Serialization;

namespace CertBot.Slack.BlockKit;

/// <summary>
/// A button. <see cref="ActionId"/> names what it does (≤ 255 characters, unique in the message); <see cref="Value"/>
/// carries the view's data (≤ 2000 characters). A click is a request to the engine, never an authorisation.
/// </summary>
public sealed record ButtonElement(TextObject Text, string ActionId, string? Value = null, string? Style = null, ConfirmationDialog? Confirm = null)
{
    public const string Primary = "primary";
    public const string Danger = "danger";

    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "button";
}
