namespace CertBot.Storage.Relational;

/// <summary>One forward step of the schema. Migrations are never edited once released: a change is a new one.</summary>
public sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
