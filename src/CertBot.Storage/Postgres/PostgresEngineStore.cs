using System.Data.Common;
using CertBot.Storage.Relational;
using Npgsql;

namespace CertBot.Storage.Postgres;

/// <summary>The store for several CertBot instances sharing one database.</summary>
public sealed class PostgresEngineStore : RelationalEngineStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;

    public PostgresEngineStore(string connectionString, TimeProvider time)
        : base(new PostgresDialect(), time)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
