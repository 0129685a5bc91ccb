using CertBot.Cisco.Nodes;
using CertBot.Cli.Commands;
using CertBot.Engine;
using CertBot.Engine.Execution;
using CertBot.Engine.Inventory;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using CertBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cisco.Tests.Cli;

/// <summary>The command line composes through the host's AddCertBotXxx: the same engine, ports and secret source.</summary>
public sealed class CompositionTests : IDisposable
{
    private const string Key = "SHA256:0123456789abcdefghijklmnopqrstuvwxyzABCDE";

    private readonly string directory = Directory.CreateTempSubdirectory("certbot-composition-").FullName;

    [Fact]
    public async Task CliServices_ResolveTheNodePortAndTheInventoryAsSingletons_TheInventoryBoundedAsConfigured()
    {
        await using var services = CliServices.Create(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["CertBot:Ssh:InventoryConcurrency"] = "3" }).Build(), verbose: false);

        Assert.IsType<CiscoNodePort>(services.GetRequiredService<INodePort>());
        Assert.Same(services.GetRequiredService<INodePort>(), services.GetRequiredService<CiscoNodePort>());
        Assert.Same(services.GetRequiredService<InventoryReader>(), services.GetRequiredService<InventoryReader>());
        Assert.Equal(3, services.GetRequiredService<InventoryReader>().Concurrency);
    }

    [Fact]
    public async Task CliEngine_IsTheHostsComposition_WithTheStrictBulkDirectory()
    {
        await using var services = CliServices.CreateEngine(Configuration(), verbose: false);

        var engine = services.GetRequiredService<CertBotEngine>();
        Assert.Same(engine.Runs, services.GetRequiredService<RunService>());
        // The engine wraps the registered store (to signal committed progress); the store itself is the configured SQLite one.
        Assert.IsType<SqliteEngineStore>(services.GetRequiredService<IEngineStore>());
        Assert.NotSame(services.GetRequiredService<IEngineStore>(), engine.Store);
        Assert.IsType<ConfigurationSecretSource>(services.GetRequiredService<ISecretSource>());
        var bulk = Assert.IsType<SftpBulkDirectory>(services.GetRequiredService<IBulkDirectory>());

        // The weaker copy pinned the configured key onto whatever server a plan named; this one refuses before connecting.
        var elsewhere = await Assert.ThrowsAsync<NodeException>(() => bulk.ListAsync(new BulkSftpSettings("127.0.0.250", 22, "sftpuser", "pw", "/drop"), CancellationToken.None));
        Assert.Equal(NodeFailure.HostKeyMismatch, elsewhere.Failure);
    }

    [Fact]
    public void CliEngine_WithPostgresButNoConnectionString_IsRefusedBeforeTheStoreIsOpened()
    {
        var configuration = Configuration(new Dictionary<string, string?>
        {
            ["CertBot:Storage:Provider"] = "postgres",
            ["CertBot:Storage:PostgresConnectionVariable"] = "CERTBOT_COMPOSITION_TEST_UNSET",
        });

        var e = Assert.Throws<CertBot.Cisco.Configuration.ConfigurationException>(() => CliServices.CreateEngine(configuration, verbose: false));

        Assert.Contains(e.Problems, p => p.Contains("CERTBOT_COMPOSITION_TEST_UNSET is not set", StringComparison.Ordinal) && p.EndsWith("or pass --store <file> for SQLite", StringComparison.Ordinal));
    }

    [Fact]
    public void TheEngine_IsBuiltInOnePlaceOfTheSources_WhichEveryCompositionCalls()
    {
        var builders = Directory.EnumerateFiles(Path.Combine(CertBot.Testing.RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("new CertBotEngine(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(CertBot.Testing.RepositoryRoot.Path, f).Replace('\\', '/'))
            .ToList();

        Assert.Equal(["src/CertBot.Engine/EngineServiceCollectionExtensions.cs"], builders);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private IConfiguration Configuration(Dictionary<string, string?>? more = null) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["CertBot:Clusters:0:Name"] = "lab-east",
        ["CertBot:Clusters:0:Approvers:0"] = "cli:alice",
        ["CertBot:Clusters:0:Nodes:0:Name"] = "cucm-pub",
        ["CertBot:Clusters:0:Nodes:0:Host"] = "127.0.3.11",
        ["CertBot:Clusters:0:Nodes:0:Product"] = "cucm",
        ["CertBot:Clusters:0:Nodes:0:Role"] = "publisher",
        ["CertBot:Clusters:0:Nodes:0:Password"] = "pw",
        ["CertBot:Clusters:0:Nodes:0:HostKeySha256"] = Key,
        ["CertBot:Sftp:Host"] = "127.0.3.10",
        ["CertBot:Sftp:Username"] = "sftpuser",
        ["CertBot:Sftp:Password"] = "pw",
        ["CertBot:Sftp:HostKeySha256"] = Key,
        ["CertBot:Storage:SqlitePath"] = Path.Combine(directory, "certbot.db"),
    }).AddInMemoryCollection(more ?? []).Build();
}
