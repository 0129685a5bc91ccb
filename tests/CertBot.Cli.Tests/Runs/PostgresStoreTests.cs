using System.Text.Json.Nodes;
using CertBot.Cli.Tests.Support;
using Npgsql;

namespace CertBot.Cli.Tests.Runs;

/// <summary>
/// <c>CertBot:Storage:Provider = postgres</c>: the runs live in PostgreSQL (a database of this test's own on
/// the server CERTBOT_TEST_POSTGRES names; scripts/test starts one). Without the variable the test fails,
/// saying how to get one; it is never skipped.
/// </summary>
[Collection(CliLabGroup.Name)]
public sealed class PostgresStoreTests(CliLab lab) : IDisposable
{
    private const string Variable = "CERTBOT_TEST_POSTGRES";
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task Request_WithPostgresConfigured_KeepsTheRunInPostgres_AndNoSqliteFile()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrEmpty(server), $"{Variable} is not set: run scripts/test, or start PostgreSQL and export {Variable}=\"Host=…;Port=…;Username=…;Password=…;Database=postgres\"");
        var database = $"certbot_cli_{Guid.NewGuid():N}";
        await ExecuteAsync(server!, $"CREATE DATABASE {database}");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            var config = JsonNode.Parse(await File.ReadAllTextAsync(certbot.ConfigPath))!;
            config["CertBot"]!["Storage"] = new JsonObject { ["Provider"] = "postgres", ["PostgresConnectionVariable"] = "CERTBOT_CLI_TEST_DB" };
            await File.WriteAllTextAsync(certbot.ConfigPath, config.ToJsonString());
            var environment = new Dictionary<string, string> { ["CERTBOT_CLI_TEST_DB"] = connection };
            Task<CertBotResult> Certbot(params string[] arguments) =>
                CertBotProgram.RunAsync(["--config", certbot.ConfigPath, .. arguments], TimeSpan.FromMinutes(2), environment);

            var request = await Certbot("request", "regenerate", "tomcat", "--cluster", "lab-west", "--as", CertBotWorkspace.Requester);
            var run = request.Output.Trim();
            var runs = await Certbot("runs");
            var cancel = await Certbot("cancel", run, "--as", CertBotWorkspace.Requester);
            var missing = await CertBotProgram.RunAsync(["--config", certbot.ConfigPath, "runs"], TimeSpan.FromMinutes(1));

            Assert.True(request.ExitCode == 0, request.ToString());
            Assert.Contains($"{run[..8]}  AwaitingApproval", runs.Output, StringComparison.Ordinal);
            Assert.True(cancel.ExitCode == 0, cancel.ToString());
            Assert.Equal(1L, await ScalarAsync(connection, $"SELECT count(*) FROM runs WHERE id = '{run}'"));
            Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "certbot.db")), "a SQLite file was created although PostgreSQL is configured");
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("CERTBOT_CLI_TEST_DB is not set", missing.Error, StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server!, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
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
