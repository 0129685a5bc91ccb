namespace CertBot.Storage;

/// <summary>
/// The <c>CertBot:Storage</c> section: where the engine's and the chat's tables live (one database for both).
/// The PostgreSQL connection string holds a password, so it is not in appsettings.json: the secret source reads
/// it from the environment variable named by <see cref="PostgresConnectionVariable"/>.
/// </summary>
public sealed record StorageOptions
{
    public const string Section = "CertBot:Storage";

    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>Null for <c>certbot.db</c> next to the application.</summary>
    public string? SqlitePath { get; init; }

    public string PostgresConnectionVariable { get; init; } = "CERTBOT_POSTGRES";
}
