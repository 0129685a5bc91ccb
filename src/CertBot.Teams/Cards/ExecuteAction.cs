namespace CertBot.Teams.Cards;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke carrying
/// <see cref="Verb"/> and <see cref="Data"/> (plus the card's inputs), and replaces the card with the one the
/// bot answers. Build it with <see cref="CardActions.Execute"/> so older clients get an <c>Action.Submit</c>.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }

    /// <summary>What clients without Universal Actions show instead.</summary>
    public CardAction? Fallback { get; init; }
}
