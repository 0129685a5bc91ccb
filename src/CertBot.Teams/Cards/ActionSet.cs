namespace CertBot.Teams.Cards;

/// <summary>Buttons inside the body (below a comment box, for instance) rather than at the card's foot.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
