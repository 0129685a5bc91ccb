using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>A TextBlock's colour, from the host's palette (Teams maps Good, Warning and Attention to its theme).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
