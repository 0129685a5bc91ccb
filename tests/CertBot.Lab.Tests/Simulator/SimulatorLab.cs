using CertBot.Lab.Definition;
using CertBot.Lab.Seeding;
using CertBot.Lab.State;

namespace CertBot.Lab.Tests.Simulator;

/// <summary>A freshly seeded lab (default lab.json, test profile) in its own temporary directory.</summary>
public sealed class SimulatorLab : IDisposable
{
    private SimulatorLab(string root, LabDefinition definition, TimeSpan seedingTime)
    {
        Root = root;
        Definition = definition;
        SeedingTime = seedingTime;
    }

    public string Root { get; }

    public LabDefinition Definition { get; }

    public TimeSpan SeedingTime { get; }

    /// <summary>Key cache shared by the simulator tests, so only the first seeding generates RSA keys.</summary>
    public static string KeyCache { get; } = Path.Combine(Path.GetTempPath(), "certbot-lab-test-keys");

    public static async Task<SimulatorLab> CreateAsync(string? keyCache = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "certbot-lab-sim-" + Guid.NewGuid().ToString("N"));
        var definition = LabDefinition.Load(Path.Combine(AppContext.BaseDirectory, "lab.json"));
        var elapsed = await LabSeeder.SeedAsync(
            definition, new LabAddressPlan("127.0.5"), root, LabProfile.Test, TimeProvider.System, keyCache ?? KeyCache, CancellationToken.None);
        return new SimulatorLab(root, definition, elapsed);
    }

    public string StateDir(string cluster, string node) => Path.Combine(Root, "nodes", cluster, node, "state");

    public NodeStore Store(string cluster, string node) => new(StateDir(cluster, node));

    public NodeState State(string cluster, string node) => Store(cluster, node).LoadUnlocked();

    public Task<NodeConsole> LoginAsync(string cluster, string node) => NodeConsole.LoginAsync(StateDir(cluster, node));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
