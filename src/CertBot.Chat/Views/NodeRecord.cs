namespace CertBot.Chat.Views;

/// <summary>What a run did on one node, for the final card: one line per verified change or unfinished step.</summary>
/// <param name="Lines">Marked lines ("✓ tomcat regenerated: serial 0A1B → 7C2D, …"); a long list ends in a count of the rest.</param>
public sealed record NodeRecord(string Node, IReadOnlyList<string> Lines);
