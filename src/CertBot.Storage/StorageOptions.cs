namespace CertBot.Storage;

/// <summary>
/// The <c>CertBot:Storage</c> section. The PostgreSQL connection string holds a password, so it is not in
/// appsettings.json: the host reads it from the environment variable named by <see cref="PostgresConnectionVariable"/>.
/// </summary>
/// <param name="SqlitePath">Null for <c>certbot.db</c> next to the application.</param>
public sealed record StorageOptions(
    StorageProvider Provider = StorageProvider.Sqlite,
    string? SqlitePath = null,
    string PostgresConnectionVariable = "CERTBOT_POSTGRES");
