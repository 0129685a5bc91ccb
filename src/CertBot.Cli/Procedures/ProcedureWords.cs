namespace CertBot.Cli.Procedures;

/// <summary>A procedure as typed, before it is checked against the grammar and the configured clusters.</summary>
public sealed record ProcedureWords(
    IReadOnlyList<string> Words,
    string? Cluster,
    int? OlderThanDays,
    IReadOnlyList<string> Files,
    string? From,
    string? To,
    string? Mixed = null,
    string? Distribution = null);
