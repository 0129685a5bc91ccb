using System.Diagnostics;
using System.Globalization;
using CertBot.Lab.Definition;
using CertBot.Lab.Seeding;

namespace CertBot.Lab.Launcher;

/// <summary>
/// <c>certbot-lab up</c>: stops a lab already running in the directory, seeds fresh state, creates the fake
/// accounts and host keys, starts one sshd per node and one for SFTP, and writes inventory.json and
/// certbot.json. Nothing is left running when it fails.
/// </summary>
internal static class UpVerb
{
    public sealed record Options(string Profile, string? RuntimeDirectory, string AddressPrefix, int Port, string? Definition);

    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        SystemTools.Require();
        var profile = LabProfile.Parse(options.Profile);
        var addresses = new LabAddressPlan(options.AddressPrefix, options.Port);
        var definition = LabDefinition.Load(options.Definition ?? Path.Combine(AppContext.BaseDirectory, "lab.json"));
        var layout = new RuntimeLayout(RuntimeDirectory.Prepare(RuntimeDirectoryOption.Resolve(options.RuntimeDirectory)));

        await DownVerb.StopAsync(layout, output, ct);
        Clean(layout);
        Directory.CreateDirectory("/run/sshd");

        var adminPassword = LabPasswords.New();
        var sftpPassword = LabPasswords.New();
        var daemons = LabPlan.Daemons(definition, addresses, layout);
        NodeServerStarter.CheckSocketPaths(daemons);
        var seeding = LabSeeder.SeedAsync(definition, addresses, layout.Root, profile, ct);
        var accounts = FakeAccounts.WriteAsync(layout, adminPassword, sftpPassword, ct);
        var keys = await Task.WhenAll(daemons.Select(d => CreateKeyAsync(d, ct)));
        await Task.WhenAll(seeding, accounts);

        var sftp = daemons.Single(d => d.Kind == "sftp");
        File.WriteAllText(Path.Combine(layout.Sftp, "known_hosts"), KnownHosts.Line(sftp.Address, sftp.Port, keys[^1]) + "\n");
        foreach (var daemon in daemons)
        {
            File.WriteAllText(daemon.Files.Config, LabPlan.ConfigOf(daemon, definition, layout));
        }

        await LabPermissions.ApplyAsync(layout, daemons, ct);
        await Task.WhenAll(daemons.Select(d => DaemonStarter.ValidateAsync(d, ct)));

        var running = await StartAllAsync(layout, daemons, profile, addresses, ct);
        var inventory = Inventory.Build(definition, addresses, layout, keys, adminPassword, sftpPassword);
        LabFiles.WriteInventory(layout, inventory);
        LabFiles.WriteCertBotConfig(layout, inventory);

        StatusVerb.Print(running, output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Lab up in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s (profile {profile.Name}): {layout.Inventory}"));
        return 0;
    }

    private static async Task<HostKey> CreateKeyAsync(DaemonRecord daemon, CancellationToken ct)
    {
        Directory.CreateDirectory(daemon.Directory);
        return await HostKey.CreateAsync(daemon.Files, $"certbot-lab {daemon.Name}", daemon.LegacySsh, ct);
    }

    private static async Task<LabRun> StartAllAsync(
        RuntimeLayout layout, IReadOnlyList<DaemonRecord> daemons, LabProfile profile, LabAddressPlan addresses, CancellationToken ct)
    {
        var starts = new List<Task<DaemonRecord>>();
        NodeServerRecord server;
        try
        {
            server = await NodeServerStarter.StartAsync(layout, daemons, ct);
            starts.AddRange(daemons.Select(d => DaemonStarter.StartAsync(d, ct)));
            await Task.WhenAll(starts);
        }
        catch (Exception)
        {
            // The simulator and some daemons may be up: stop them before reporting, so a failed up leaves nothing behind.
            var up = starts.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).ToList();
            await DaemonStopper.StopLabAsync(layout, up, CancellationToken.None);
            throw;
        }

        var run = new LabRun
        {
            RuntimeDirectory = layout.Root,
            Profile = profile.Name,
            AddressPrefix = addresses.Prefix,
            Port = addresses.Port,
            Daemons = [.. starts.Select(t => t.Result)],
            NodeServer = server,
        };
        LabRunFile.Save(layout, run);
        return run;
    }

    private static void Clean(RuntimeLayout layout)
    {
        foreach (var path in layout.Generated)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
    }
}
