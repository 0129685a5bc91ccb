namespace CertBot.Teams.Cards;

/// <summary><c>Action.OpenUrl</c>: a link button (a runbook, the journal export).</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);
