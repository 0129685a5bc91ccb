namespace CertBot.Storage;

/// <summary>Where the engine keeps runs, gates, journal and outbox.</summary>
public enum StorageProvider
{
    /// <summary>One file next to the application; the default.</summary>
    Sqlite,

    /// <summary>A shared database, when several instances run.</summary>
    Postgres,
}
