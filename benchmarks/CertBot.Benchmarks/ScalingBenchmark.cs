using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CertBot.Cisco.Configuration;
using CertBot.Cli.Configuration;
using CertBot.Engine.Configuration;
using CertBot.Engine.Inventory;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Benchmarks;

/// <summary>
/// Inventory scaling: a generated lab of N simulated nodes (each a real sshd, the profile's pacing) in clusters of a
/// real size (a CUCM publisher and subscribers: a node's trust stores hold a copy of each peer's certificates, so one
/// 200-node cluster would make every node 200 times slower to read, which no real cluster is); the first publisher and
/// the last node each read alone, then every node at once, as <c>certbot inventory</c> reads them, through the command
/// line's composition; wall time against the slowest single node, logins per node from the lab's own logs, and this
/// process's peak resident memory (VmHWM: it holds nothing but CertBot's composition). Target: 200 nodes within 1.5×
/// the slowest node, one login per node.
/// </summary>
internal static class ScalingBenchmark
{
    private const double Target = 1.5;

    public static async Task<int> RunAsync(ScalingArguments arguments, TextWriter output)
    {
        var load = LoadAverage();
        var definition = WriteDefinition(arguments);
        var up = Stopwatch.StartNew();
        if (!arguments.NoUp)
        {
            await LabAsync("up", "--profile", arguments.Profile, "--definition", definition, "--dir", arguments.LabDirectory,
                "--address-prefix", arguments.AddressPrefix, "--port", arguments.Port.ToString(CultureInfo.InvariantCulture));
        }

        up.Stop();
        try
        {
            var files = new List<FileInfo> { new(Path.Combine(arguments.LabDirectory, "certbot.json")) };
            if (arguments.Concurrency is { } concurrency)
            {
                var overrides = Path.Combine(arguments.LabDirectory, "concurrency.json");
                await File.WriteAllTextAsync(overrides, $$"""{ "CertBot": { "Ssh": { "InventoryConcurrency": {{concurrency}} } } }""");
                files.Add(new FileInfo(overrides));
            }

            await using var services = Cli.Commands.CliServices.Create(CliConfiguration.Build([.. files]), verbose: false);
            var inventory = services.GetRequiredService<InventoryReader>();
            var logins = new LoginCounter(Path.Combine(arguments.LabDirectory, "inventory.json"), null);
            var refs = services.GetRequiredService<EngineOptions>().Clusters.SelectMany(c => c.Nodes.Select(n => NodeDirectory.ToRef(c, n))).ToList();

            var slowest = TimeSpan.Zero;
            foreach (var node in new[] { refs[0], refs[^1] })
            {
                var alone = Stopwatch.StartNew();
                var read = await inventory.ReadNodeAsync(node, CancellationToken.None);
                slowest = alone.Elapsed > slowest ? alone.Elapsed : slowest;
                output.WriteLine($"  alone  {node,-22} {Seconds(alone.Elapsed)} s  {read.Certificates.Count} certificates  {read.Error ?? "ok"}");
            }

            var before = logins.Snapshot();
            var whole = Stopwatch.StartNew();
            var all = await inventory.ReadAsync(refs, null, CancellationToken.None);
            whole.Stop();
            var after = logins.Snapshot();
            var perNode = after.Select(n => (Sessions: n.Value.Sessions - before[n.Key].Sessions, Ssh: n.Value.SshLogins - before[n.Key].SshLogins)).ToList();
            var errors = all.SelectMany(c => c.Nodes).Where(n => n.Error is not null).ToList();
            errors.Take(5).ToList().ForEach(n => output.WriteLine($"  error  {n.Node}: {n.Error}"));

            var ratio = whole.Elapsed / slowest;
            var oneEach = perNode.All(p => p is { Sessions: 1, Ssh: 1 });
            output.WriteLine($"Inventory scaling, {arguments.Nodes} nodes in clusters of {arguments.ClusterSize}, profile {arguments.Profile}, concurrency {inventory.Concurrency}; load average {load} → {LoadAverage()}");
            output.WriteLine("| nodes | concurrency | slowest node alone | all nodes at once | ratio | logins per node (CLI sessions / sshd) | nodes not read | peak RSS | lab up |");
            output.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            output.WriteLine($"| {arguments.Nodes} | {inventory.Concurrency} | {Seconds(slowest)} s | {Seconds(whole.Elapsed)} s | {ratio.ToString("F2", CultureInfo.InvariantCulture)}× "
                + $"| {Range(perNode.Select(p => p.Sessions))} / {Range(perNode.Select(p => p.Ssh))} | {errors.Count} | {PeakRssMegabytes()} MB | {Seconds(up.Elapsed)} s |");
            var passed = ratio <= Target && oneEach && errors.Count == 0;
            output.WriteLine(passed ? "PASS" : $"FAIL (target: ≤ {Target}× the slowest node, one login per node, every node read)");
            return passed ? 0 : 1;
        }
        finally
        {
            if (!arguments.Keep)
            {
                await LabAsync("down", "--dir", arguments.LabDirectory);
            }
        }
    }

    /// <summary>Clusters <c>scale-01</c>, … of <c>ClusterSize</c> nodes: a CUCM publisher, then subscribers; octets 11 upwards, SFTP on 10.</summary>
    private static string WriteDefinition(ScalingArguments arguments)
    {
        var clusters = new JsonArray();
        for (var first = 0; first < arguments.Nodes; first += arguments.ClusterSize)
        {
            var nodes = new JsonArray();
            for (var i = first; i < Math.Min(first + arguments.ClusterSize, arguments.Nodes); i++)
            {
                var publisher = i == first;
                nodes.Add(new JsonObject
                {
                    ["name"] = publisher ? "cucm-pub" : $"cucm-sub{i - first}", ["product"] = "cucm", ["role"] = publisher ? "publisher" : "subscriber", ["octet"] = 11 + i,
                });
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"scale-{(first / arguments.ClusterSize) + 1:00}");
            clusters.Add(new JsonObject { ["name"] = name, ["version"] = "14.0.1.13900-155", ["domain"] = $"{name}.lab.example", ["nodes"] = nodes });
        }

        var root = new JsonObject
        {
            ["clusters"] = clusters,
            ["sftp"] = new JsonObject { ["octet"] = 10, ["username"] = "sftpuser", ["directory"] = "/drop" },
            ["certificateAuthority"] = new JsonObject { ["commonName"] = "Lab Root CA" },
        };
        var path = $"{arguments.LabDirectory}.definition.json";
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    private static async Task LabAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(ServerProcess.RepositoryRoot(), "scripts", "lab")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var lab = Process.Start(start) ?? throw new InvalidOperationException("scripts/lab did not start");
        var stdout = lab.StandardOutput.ReadToEndAsync();
        var stderr = lab.StandardError.ReadToEndAsync();
        await lab.WaitForExitAsync();
        if (lab.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/lab {string.Join(' ', arguments)} ended with {lab.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    private static string Range(IEnumerable<int> counts) => counts.Min() == counts.Max() ? $"{counts.Min()}" : $"{counts.Min()}–{counts.Max()}";

    private static string PeakRssMegabytes() =>
        (long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture) / 1024).ToString(CultureInfo.InvariantCulture);

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
}
