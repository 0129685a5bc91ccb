namespace CertBot.Engine.Storage;

/// <summary>
/// The store admits one working instance (a host or <c>certbot work</c>) and another one holds it: SQLite is
/// single-instance, PostgreSQL is the store for several instances. The message says so and what to do.
/// </summary>
public sealed class StoreInUseException : Exception
{
    public StoreInUseException()
    {
    }

    public StoreInUseException(string message) : base(message)
    {
    }

    public StoreInUseException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
