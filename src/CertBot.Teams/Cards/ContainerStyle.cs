using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>The background style of a container, column, row or cell.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
