using System.Globalization;
using CertBot.Lab.State;

namespace CertBot.Lab.Launcher;

/// <summary>
/// <c>certbot-lab fault &lt;node|cluster/node&gt; &lt;kind&gt; [args]</c>: injects a fault into one running node.
/// unreachable and hostkey act on the node's sshd; slow, fail, refuse, drop, stuck, noitl, replication and nochangenotification go to the node's faults.json,
/// which the simulator reads before every command; clear removes them and restarts a stopped sshd.
/// </summary>
internal static class FaultVerb
{
    public const string Kinds = "unreachable, slow [factor], fail <command prefix>, refuse <command prefix>, drop <command prefix>, stuck <service>, noitl, replication <server>, nochangenotification, hostkey, clear";

    public static async Task<int> RunAsync(string target, string kind, IReadOnlyList<string> arguments, string? directory, TextWriter output, CancellationToken ct)
    {
        var layout = RuntimeDirectoryOption.Existing(directory);
        var run = LabRunFile.Load(layout) ?? throw new LabLauncherException($"no lab running in {layout.Root}: run `scripts/lab up` first");
        var daemon = FindNode(run, target);
        var state = daemon.StateDirectory!;
        var text = string.Join(' ', arguments).Trim();
        switch (kind.ToLowerInvariant())
        {
            case "unreachable":
                await DaemonStopper.StopOneAsync(layout, daemon, ct);
                LabRunFile.Save(layout, run.With(daemon with { Pid = null, StartTicks = null, MountNamespace = null }));
                break;
            case "hostkey":
                await HostKey.CreateAsync(daemon.Files, $"certbot-lab {daemon.Name} (replaced)", daemon.LegacySsh, ct);
                await RestartAsync(layout, run, daemon, ct);
                break;
            case "clear":
                new NodeFaults().Save(state);
                if (daemon.Pid is null)
                {
                    await RestartAsync(layout, run, daemon, ct);
                }

                break;
            case "slow":
                Change(state, f => f.SlowFactor = text.Length == 0 ? 5 : ParseFactor(text));
                break;
            case "fail":
                Change(state, f => f.Fail.Add(Required(text, kind)));
                break;
            case "refuse":
                Change(state, f => f.Refuse.Add(Required(text, kind)));
                break;
            case "drop":
                Change(state, f => f.Drop.Add(Required(text, kind)));
                break;
            case "stuck":
                Change(state, f => f.Stuck.Add(Required(text, kind)));
                break;
            case "noitl":
                Change(state, f => f.NoItl = true);
                break;
            case "replication":
                Change(state, f => f.Replication.Add(Required(text, kind)));
                break;
            case "nochangenotification":
                Change(state, f => f.NoChangeNotification = true);
                break;
            default:
                throw new LabLauncherException($"unknown fault '{kind}': use {Kinds}");
        }

        output.WriteLine($"{daemon.Name}: {kind} {text}".TrimEnd());
        return 0;
    }

    private static DaemonRecord FindNode(LabRun run, string target)
    {
        var nodes = run.Daemons.Where(d => d.Kind == "node").ToList();
        var matches = nodes.Where(d => d.Name == target || d.Name.EndsWith("/" + target, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new LabLauncherException($"no node '{target}' in the lab: use one of {string.Join(", ", nodes.Select(n => n.Name))}"),
            _ => throw new LabLauncherException($"'{target}' is ambiguous: use one of {string.Join(", ", matches.Select(n => n.Name))}"),
        };
    }

    private static async Task RestartAsync(RuntimeLayout layout, LabRun run, DaemonRecord daemon, CancellationToken ct)
    {
        if (daemon.Pid is not null)
        {
            await DaemonStopper.StopOneAsync(layout, daemon, ct);
        }

        var started = await DaemonStarter.StartAsync(daemon, ct);
        LabRunFile.Save(layout, run.With(started));
    }

    private static void Change(string stateDirectory, Action<NodeFaults> change)
    {
        var faults = NodeFaults.Load(stateDirectory);
        change(faults);
        faults.Save(stateDirectory);
        var file = Path.Combine(stateDirectory, "faults.json");
        if (File.Exists(file))
        {
            // Written by root; the simulator (admin) only reads it.
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        }
    }

    private static double ParseFactor(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0
            ? factor
            : throw new LabLauncherException($"slow factor '{text}' is not a positive number");

    private static string Required(string text, string kind) =>
        text.Length > 0 ? text : throw new LabLauncherException($"fault {kind} needs an argument: {Kinds}");
}
