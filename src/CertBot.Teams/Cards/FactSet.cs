namespace CertBot.Teams.Cards;

/// <summary>Title/value pairs ("Requested by: Alex").</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
