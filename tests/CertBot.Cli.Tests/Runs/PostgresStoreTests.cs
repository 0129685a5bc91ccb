using CertBot.Cli.Tests.Support;
using CertBot.Storage.Tests;
using Npgsql;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// <c>CertBot:Storage:Provider = postgres</c>: the runs live in PostgreSQL (a database of this test's own on
/// the server CERTBOT_TEST_POSTGRES names; scripts/test starts one). Without the variable the test fails,
/// saying how to get one; it is never skipped.
/// </summary>
[Collection(RunsLabGroup.Name)]
public sealed class PostgresStoreTests(RunsLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task Request_WithPostgresConfigured_KeepsTheRunInPostgres_AndNoSqliteFile()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("certbot_cli_");
        certbot.UsePostgres(database.Connection);

        var request = await certbot.RunAsync("request", "regenerate", "tomcat", "--cluster", "lab-west", "--as", CertBotWorkspace.Requester);
        var run = request.Output.Trim();
        var runs = await certbot.RunAsync("runs");
        var cancel = await certbot.RunAsync("cancel", run, "--as", CertBotWorkspace.Requester);
        var missing = await CertBotProgram.RunAsync(["--config", certbot.ConfigPath, "runs"], TimeSpan.FromMinutes(1));

        Assert.True(request.ExitCode == 0, request.ToString());
        Assert.Contains($"{run[..8]}  AwaitingApproval", runs.Output, StringComparison.Ordinal);
        Assert.True(cancel.ExitCode == 0, cancel.ToString());
        Assert.Equal(1L, await ScalarAsync(database.Connection, $"SELECT count(*) FROM runs WHERE id = '{run}'"));
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "certbot.db")), "a SQLite file was created although PostgreSQL is configured");
        Assert.False(File.Exists(certbot.StorePath), "a SQLite file was created although PostgreSQL is configured");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("CERTBOT_CLI_TEST_DB is not set", missing.Error, StringComparison.Ordinal);
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => certbot.Dispose();
}
