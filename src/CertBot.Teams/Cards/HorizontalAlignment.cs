using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>Horizontal alignment of text or cell content.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
