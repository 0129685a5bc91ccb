using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>A TextBlock's semantic style (schema 1.5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    Default,
    Heading,
}
