using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>The size of a TextBlock's text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
