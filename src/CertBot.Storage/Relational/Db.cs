using System.Data.Common;

namespace CertBot.Storage.Relational;

/// <summary>Small helpers over ADO.NET so the stores read as SQL, not as plumbing.</summary>
internal static class Db
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public static Task<List<T>> QueryAsync<T>(
        DbConnection connection, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        QueryAsync(connection, null, sql, map, cancellationToken, parameters);

    public static async Task<List<T>> QueryAsync<T>(
        DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>UTC ticks: exact, ordered, and the same column type on every database.</summary>
    public static long Ticks(DateTimeOffset at) => at.UtcTicks;

    public static object? Ticks(DateTimeOffset? at) => at?.UtcTicks;

    public static DateTimeOffset Time(DbDataReader reader, string column) => new(Long(reader, column), TimeSpan.Zero);

    public static DateTimeOffset? TimeOrNull(DbDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : Time(reader, column);

    /// <summary>Integers whatever width the database returns them in.</summary>
    public static long Long(DbDataReader reader, string column) => Convert.ToInt64(reader.GetValue(reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public static int? IntOrNull(DbDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : (int)Long(reader, column);

    public static string Text(DbDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static string? TextOrNull(DbDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetString(reader.GetOrdinal(column));
}
