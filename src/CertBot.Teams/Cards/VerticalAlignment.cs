using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>Vertical alignment of a container's content.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
