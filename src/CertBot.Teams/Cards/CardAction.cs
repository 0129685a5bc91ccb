using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>A button. The JSON <c>type</c> discriminator is written first, as the schema names it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction([property: JsonPropertyOrder(-1)] string Title)
{
    public string? Id { get; init; }

    public string? Tooltip { get; init; }
}
