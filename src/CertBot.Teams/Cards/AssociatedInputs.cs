using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>Which inputs an action sends along: the card's inputs (<see cref="Auto"/>) or none.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    Auto,
    None,
}
