using System.Text;
using System.Text.Json.Nodes;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// Looks for the configuration's passwords (every node's, the SFTP server's, the bulk files') wherever a run
/// leaves traces: everything certbot printed (the worker runs with <c>--verbose</c>, so its log is included),
/// the store file (runs, plans, journal, outbox), and every command the lab's nodes logged. Every workspace
/// sweeps when it ends, so each procedure the CLI tests run is swept; a password found fails that test.
/// </summary>
public sealed class SecretSweep
{
    private readonly List<string> secrets;
    private readonly CommandLogs commands;
    private readonly List<CertBotResult> printed = [];

    public SecretSweep(LabInventory inventory, string configPath)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        secrets = Passwords(JsonNode.Parse(File.ReadAllText(configPath))!).Distinct().ToList();
        commands = CommandLogs.Mark(inventory);
    }

    /// <summary>How many distinct passwords are looked for.</summary>
    public int Count => secrets.Count;

    public void Record(CertBotResult result)
    {
        lock (printed)
        {
            printed.Add(result);
        }
    }

    /// <summary>Every place a password was found, as "where: which password (first characters)".</summary>
    public IReadOnlyList<string> Find(string? storePath)
    {
        var places = new List<(string Where, string Text)>();
        lock (printed)
        {
            places.AddRange(printed.Select(r => ($"certbot {r.Arguments}", r.Output + r.Error)));
        }

        // Raw bytes, read as UTF-8: the journal, plans and outbox are stored as text in SQLite's pages and its log.
        foreach (var file in storePath is null ? [] : new[] { storePath, storePath + "-wal" }.Where(File.Exists))
        {
            places.Add((Path.GetFileName(file), Encoding.UTF8.GetString(File.ReadAllBytes(file))));
        }

        places.AddRange(commands.Since().Select(c => ($"{c.Cluster}/{c.Node}'s command log", c.Command)));
        return [.. from place in places
                   from secret in secrets
                   where place.Text.Contains(secret, StringComparison.Ordinal)
                   select $"{place.Where}: {secret[..3]}…"];
    }

    private static IEnumerable<string> Passwords(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key.EndsWith("Password", StringComparison.Ordinal) && p.Value is JsonValue v && v.TryGetValue(out string? s) && s.Length >= 8
            ? [s]
            : p.Value is null ? [] : Passwords(p.Value)),
        JsonArray a => a.Where(n => n is not null).SelectMany(n => Passwords(n!)),
        _ => [],
    };
}
