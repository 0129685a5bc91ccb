using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertBot.Lab.State;

/// <summary>
/// Faults injected into one node (<c>faults.json</c> in its state directory), read before every command.
/// Written by <c>certbot-lab fault</c>; an absent file means no fault.
/// </summary>
public sealed class NodeFaults
{
    private const string FileName = "faults.json";

    /// <summary>Every delay of the node is multiplied by this factor (null = normal speed).</summary>
    public double? SlowFactor { get; set; }

    /// <summary>Commands starting with one of these prefixes print <c>Executed command unsuccessfully</c>.</summary>
    public List<string> Fail { get; set; } = [];

    /// <summary>
    /// Commands starting with one of these prefixes fail with a sentence of their own and no
    /// <c>Executed command unsuccessfully</c>, as some platform commands do (platform-cli.md §1.7), changing nothing.
    /// </summary>
    public List<string> Refuse { get; set; } = [];

    /// <summary>Commands starting with one of these prefixes drop the session mid-output, changing nothing.</summary>
    public List<string> Drop { get; set; } = [];

    /// <summary>Services (display names) whose start or restart never reaches STARTED.</summary>
    public List<string> Stuck { get; set; } = [];

    /// <summary><c>show itl</c> answers that the node has no ITL file (a TFTP node phones cannot validate against).</summary>
    public bool NoItl { get; set; }

    /// <summary>Servers (host names) that <c>utils dbreplication runtimestate</c> on this publisher shows as <c>(4) Setup Incomplete</c>.</summary>
    public List<string> Replication { get; set; } = [];

    /// <summary>
    /// Certificate Change Notification does not reach this node: another node's regenerated certificate is not copied
    /// into its trust store, which keeps the old copy.
    /// </summary>
    public bool NoChangeNotification { get; set; }

    /// <summary>True when no fault is set. Derived, so never written to the file.</summary>
    [JsonIgnore]
    public bool IsEmpty => SlowFactor is null && Fail.Count == 0 && Refuse.Count == 0 && Drop.Count == 0 && Stuck.Count == 0 && !NoItl && Replication.Count == 0 && !NoChangeNotification;

    /// <summary>Reads the faults of a node; none when the file is absent.</summary>
    public static NodeFaults Load(string stateDir)
    {
        var path = Path.Combine(stateDir, FileName);
        if (!File.Exists(path))
        {
            return new NodeFaults();
        }

        return JsonSerializer.Deserialize<NodeFaults>(File.ReadAllText(path), StateJson.Options) ?? new NodeFaults();
    }

    /// <summary>Writes the faults (removes the file when there is none), atomically.</summary>
    public void Save(string stateDir)
    {
        var path = Path.Combine(stateDir, FileName);
        if (IsEmpty)
        {
            File.Delete(path);
            return;
        }

        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, StateJson.Options));
    }

    /// <summary>The fail prefix matching a command line, if any.</summary>
    public bool FailsOn(string commandLine) => Matches(Fail, commandLine);

    /// <summary>True when the command line fails with its own sentence, without the failure marker.</summary>
    public bool RefusesOn(string commandLine) => Matches(Refuse, commandLine);

    /// <summary>True when the command line must drop the session.</summary>
    public bool DropsOn(string commandLine) => Matches(Drop, commandLine);

    /// <summary>True when the service never reaches STARTED.</summary>
    public bool IsStuck(string service) => Stuck.Any(s => string.Equals(s, service, StringComparison.OrdinalIgnoreCase));

    private static bool Matches(List<string> prefixes, string commandLine) =>
        prefixes.Any(p => p.Length > 0 && commandLine.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
