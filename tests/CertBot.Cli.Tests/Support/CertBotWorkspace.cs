using System.Text.Json;
using System.Text.Json.Nodes;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// One test's own certbot setup: the lab's configuration with approvers added (<c>cli:bob</c> and
/// <c>cli:carol</c> on every cluster) and its own SQLite store, so a run a failed test leaves behind never
/// holds a cluster lock for the next test.
/// </summary>
public sealed class CertBotWorkspace : IDisposable
{
    public const string Requester = "cli:alice";
    public const string Approver = "cli:bob";
    private const string ConnectionVariable = "CERTBOT_CLI_TEST_DB";
    // Far above a procedure's few seconds on the test lab: only a stalled program reaches it, on a loaded machine too.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, string> childEnvironment = [];
    private bool onPostgres;

    public CertBotWorkspace(LabFixture lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        Lab = lab;
        Directory = System.IO.Directory.CreateTempSubdirectory("certbot-cli-test-").FullName;
        ConfigPath = System.IO.Path.Combine(Directory, "certbot.json");
        StorePath = System.IO.Path.Combine(Directory, "certbot.db");
        var config = JsonNode.Parse(File.ReadAllText(lab.CertBotConfigPath))!;
        foreach (var cluster in config["CertBot"]!["Clusters"]!.AsArray())
        {
            cluster!["Approvers"] = new JsonArray(Approver, "cli:carol");
        }

        // Short leases: a killed worker's run is offered for recovery seconds later, not a minute.
        config["CertBot"]![nameof(LeaseTime)] = LeaseTime.ToString();

        // The configuration holds the lab's passwords: owner-only, like the lab's own file.
        File.WriteAllText(ConfigPath, config.ToJsonString());
        File.SetUnixFileMode(ConfigPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Sweep = new SecretSweep(lab.Inventory, ConfigPath);
    }

    /// <summary>Looks for the configuration's passwords in everything this workspace's runs left behind (see <see cref="Dispose"/>).</summary>
    public SecretSweep Sweep { get; }

    /// <summary>How long a worker's claim on a run lasts here without renewal.</summary>
    public static TimeSpan LeaseTime { get; } = TimeSpan.FromSeconds(10);

    public LabFixture Lab { get; }

    public string Directory { get; }

    public string ConfigPath { get; }

    public string StorePath { get; }

    /// <summary>Changes this workspace's configuration file (a setting under test).</summary>
    public void Configure(Action<JsonNode> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var config = JsonNode.Parse(File.ReadAllText(ConfigPath))!;
        change(config);
        File.WriteAllText(ConfigPath, config.ToJsonString());
    }

    /// <summary>
    /// Keeps the runs in the PostgreSQL database <paramref name="connection"/> names instead of this workspace's
    /// SQLite file, the store several instances share. The connection string reaches certbot through the
    /// environment only (<see cref="ChildEnvironment"/>), as in production.
    /// </summary>
    public void UsePostgres(string connection)
    {
        Configure(c => c["CertBot"]!["Storage"] = new JsonObject { ["Provider"] = "postgres", ["PostgresConnectionVariable"] = ConnectionVariable });
        childEnvironment[ConnectionVariable] = connection;
        onPostgres = true;
    }

    /// <summary>Sets how long a worker's claim on a run lasts without renewal (tests of recovery wait for it).</summary>
    public void UseLeaseTime(TimeSpan leaseTime) =>
        Configure(c => c["CertBot"]![nameof(LeaseTime)] = leaseTime.ToString("c", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The global options that point certbot at this workspace.</summary>
    public IReadOnlyList<string> Globals => onPostgres ? ["--config", ConfigPath] : ["--config", ConfigPath, "--store", StorePath];

    /// <summary>What certbot's environment adds here (the PostgreSQL connection string).</summary>
    public IReadOnlyDictionary<string, string> ChildEnvironment => childEnvironment;

    public async Task<CertBotResult> RunAsync(params string[] arguments)
    {
        var result = await CertBotProgram.RunAsync([.. Globals, .. arguments], Limit, childEnvironment);
        Sweep.Record(result);
        return result;
    }

    /// <summary>
    /// Runs certbot in this workspace's directory with only the arguments given (no global options: relative paths
    /// are the test's subject) and <paramref name="environment"/> added to the child's.
    /// </summary>
    public async Task<CertBotResult> RunHereAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var result = await CertBotProgram.RunAsync(arguments, Limit, new Dictionary<string, string>([.. childEnvironment, .. environment]), Directory);
        Sweep.Record(result);
        return result;
    }

    /// <summary>Starts <c>certbot work --poll</c> in the background: one working instance of this workspace.</summary>
    public CertBotWorker StartWorker(double pollSeconds = 0.3) =>
        CertBotWorker.Start([.. Globals, "work", "--poll", pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)], childEnvironment);

    /// <summary>Runs certbot and fails the test unless it exits 0.</summary>
    public async Task<CertBotResult> MustAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary><c>certbot plan … --json</c>, parsed.</summary>
    public async Task<JsonElement> PlanAsync(params string[] procedure) =>
        JsonDocument.Parse((await MustAsync(["plan", .. procedure, "--json"])).Output).RootElement.Clone();

    /// <summary><c>certbot request … --as cli:alice</c>: the run id it prints.</summary>
    public async Task<string> RequestAsync(params string[] procedure)
    {
        var result = await MustAsync(["request", .. procedure, "--as", Requester]);
        var id = result.Output.Trim();
        Assert.True(Guid.TryParse(id, out _), result.ToString());
        return id;
    }

    /// <summary><c>certbot provide &lt;run&gt; --certificate &lt;file&gt; --as cli:alice</c> with <paramref name="answer"/> in a file of its own.</summary>
    public async Task<CertBotResult> ProvideAsync(string run, string answer)
    {
        var file = System.IO.Path.Combine(Directory, $"answer-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(file, answer);
        return await RunAsync("provide", run, "--certificate", file, "--as", Requester);
    }

    /// <summary><c>certbot show &lt;run&gt; --json</c>, parsed.</summary>
    public async Task<RunDocument> ShowAsync(string run) =>
        new(JsonDocument.Parse((await MustAsync("show", run, "--json")).Output).RootElement.Clone());

    /// <summary><c>certbot inventory --cluster c --json</c>, parsed.</summary>
    public async Task<JsonElement> InventoryAsync(string cluster) =>
        JsonDocument.Parse((await MustAsync("inventory", "--cluster", cluster, "--json")).Output).RootElement.Clone();

    /// <summary>
    /// Takes a requested run to its end the way people would: the approver approves each approval gate, the
    /// requester confirms each manual step, <c>certbot work --until-idle</c> works in between. A run that
    /// pauses or fails ends the test with its <c>show</c> output, unless <paramref name="until"/> names that state.
    /// </summary>
    /// <param name="until">The state the drive stops at and returns (Succeeded unless told).</param>
    public async Task<RunDocument> DriveAsync(string run, Func<Task>? provideCertificate = null, string until = "Succeeded")
    {
        for (var round = 0; round < 40; round++)
        {
            var show = await ShowAsync(run);
            switch (show.State)
            {
                case var state when state == until:
                    return show;
                case "AwaitingApproval" when show.OpenGateKind == "Certificate":
                    Assert.NotNull(provideCertificate);
                    await provideCertificate();
                    break;
                case "AwaitingApproval":
                    await MustAsync(show.OpenGateKind == "Confirmation" ? "confirm" : "approve", run, "--as", show.OpenGateKind == "Confirmation" ? Requester : Approver);
                    break;
                case "Running":
                    // Verbose: should a worker ever stall, the failure shows its last timestamped log lines.
                    await MustAsync("work", "--until-idle", "--verbose");
                    break;
                default:
                    Assert.Fail($"run {run} is {show.State}:\n{(await RunAsync("show", run)).Output}");
                    break;
            }
        }

        Assert.Fail($"run {run} did not end within 40 rounds:\n{(await RunAsync("show", run)).Output}");
        return null!;
    }

    /// <summary>Fails the test when a password reached certbot's output, the store or a node's command log; then cleans up.</summary>
    public void Dispose()
    {
        var leaks = Sweep.Find(onPostgres ? null : StorePath);
        Assert.True(leaks.Count == 0, "passwords found: " + string.Join("; ", leaks));
        if (Environment.GetEnvironmentVariable("CERTBOT_LAB_KEEP") != "1")
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
