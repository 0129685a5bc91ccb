using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>Default text or a monospace font (serial numbers, file names).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FontType>))]
public enum FontType
{
    Default,
    Monospace,
}
