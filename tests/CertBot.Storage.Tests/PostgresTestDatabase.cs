using Npgsql;

namespace CertBot.Storage.Tests;

/// <summary>
/// A fresh database on the PostgreSQL server scripts/test starts (CERTBOT_TEST_POSTGRES), dropped at the end.
/// Without the variable it fails, saying how to get a server; the PostgreSQL tests are never skipped.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private const string Variable = "CERTBOT_TEST_POSTGRES";
    private readonly string name;

    private PostgresTestDatabase(string name) => this.name = name;

    /// <summary>A connection string to this database.</summary>
    public string Connection => new NpgsqlConnectionStringBuilder(ServerConnection) { Database = name }.ConnectionString;

    private static string ServerConnection =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL store tests need a server. Run scripts/test, or as root: " +
                ". scripts/lib/postgres.sh && certbot_pg_up (it exports the variable), then dotnet test again.");

    public static async Task<PostgresTestDatabase> CreateAsync(string prefix)
    {
        var database = new PostgresTestDatabase(prefix + Guid.NewGuid().ToString("N"));
        await ExecuteOnServerAsync($"CREATE DATABASE {database.name}");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task ExecuteOnServerAsync(string statement)
    {
        await using var admin = new NpgsqlConnection(ServerConnection);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(statement, admin);
        await command.ExecuteNonQueryAsync();
    }
}
