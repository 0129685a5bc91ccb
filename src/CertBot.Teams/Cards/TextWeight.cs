using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>The weight of a TextBlock's text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
