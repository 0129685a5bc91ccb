using CertBot.Engine.Storage;

namespace CertBot.Storage.Sqlite;

/// <summary>
/// The one working instance of a SQLite file. Two runners on one file would each take it for theirs: SQLite has
/// no server to arbitrate leases and delivery claims between processes at the pace they renew, and is meant as the
/// single-instance default. The lock is the operating system's (an exclusive open of a file beside the database),
/// so a killed instance never leaves it behind.
/// </summary>
internal static class SqliteWorkerLock
{
    public const string Suffix = ".worker-lock";

    /// <exception cref="StoreInUseException">Another process holds the lock.</exception>
    public static IAsyncDisposable Take(string databasePath)
    {
        var path = databasePath + Suffix;
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            return new FileStream(path, options);
        }
        catch (IOException held) when (held is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new StoreInUseException(
                $"another CertBot instance (a host or certbot work) already works on the SQLite store {databasePath}: " +
                "SQLite admits one instance per file; to run several instances, put them on PostgreSQL (CertBot:Storage:Provider = postgres)",
                held);
        }
    }
}
