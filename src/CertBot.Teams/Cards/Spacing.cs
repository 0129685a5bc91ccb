using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>The space above an element.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
