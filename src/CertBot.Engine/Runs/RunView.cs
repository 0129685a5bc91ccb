namespace CertBot.Engine.Runs;

/// <summary>A run as <c>certbot show</c> and the cards present it: state, steps, gates, journal, what may be asked.</summary>
public sealed record RunView(Run Run, IReadOnlyList<Gate> Gates, IReadOnlyList<JournalEntry> Journal, IReadOnlyList<RunAction> Allowed);
