using System.Diagnostics;
using System.Globalization;
using CertBot.Cisco.Configuration;
using CertBot.Cli.Commands;
using CertBot.Cli.Configuration;
using CertBot.Engine.Configuration;
using CertBot.Engine.Inventory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CertBot.Benchmarks;

/// <summary>
/// The inventory target: all of a cluster at most 1.3 × its slowest single node, one login per node.
/// Each node is first probed alone (one after the other), then the whole cluster concurrently.
/// </summary>
internal static class InventoryBenchmark
{
    private const double Target = 1.3;

    public static async Task<int> RunAsync(BenchmarkArguments arguments, TextWriter output)
    {
        // The command line's composition of the adapter, exactly as `certbot inventory` runs it.
        await using var services = CliServices.Create(CliConfiguration.Build([new FileInfo(Path.Combine(arguments.LabDirectory, "certbot.json"))]), verbose: false);
        var cluster = services.GetRequiredService<EngineOptions>().Clusters.Single(c => c.Name == arguments.Cluster);
        var inventory = services.GetRequiredService<InventoryReader>();
        var concurrency = services.GetRequiredService<IOptions<SshOptions>>().Value.InventoryConcurrency;
        var logins = new LoginCounter(Path.Combine(arguments.LabDirectory, "inventory.json"), arguments.Cluster);

        output.WriteLine($"Inventory benchmark, cluster {cluster.Name} ({cluster.Nodes.Count} nodes, concurrency {concurrency})");
        var single = new Dictionary<string, TimeSpan>();
        foreach (var node in cluster.Nodes)
        {
            var watch = Stopwatch.StartNew();
            var result = await inventory.ReadNodeAsync(NodeDirectory.ToRef(cluster, node), CancellationToken.None);
            single[node.Name] = watch.Elapsed;
            output.WriteLine($"  alone    {node.Name,-12} {Seconds(watch.Elapsed),8} s  {result.Certificates.Count,3} certificates  {result.Error ?? "ok"}");
        }

        var before = logins.Snapshot();
        var all = Stopwatch.StartNew();
        var whole = await inventory.ReadAsync(cluster.Nodes.Select(n => NodeDirectory.ToRef(cluster, n)), null, CancellationToken.None);
        all.Stop();
        var after = logins.Snapshot();

        var slowest = single.Values.Max();
        var ratio = all.Elapsed / slowest;
        output.WriteLine($"  cluster  {Seconds(all.Elapsed),8} s  (slowest single node {Seconds(slowest)} s, sum {Seconds(single.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b))} s)");
        output.WriteLine($"  ratio    {ratio.ToString("F2", CultureInfo.InvariantCulture)} (target <= {Target.ToString("F1", CultureInfo.InvariantCulture)})");
        var oneLoginEach = true;
        foreach (var (name, (sessions, ssh)) in after)
        {
            var s = sessions - before[name].Sessions;
            var l = ssh - before[name].SshLogins;
            oneLoginEach &= s == 1 && l == 1;
            output.WriteLine($"  logins   {name,-12} CLI sessions {s}, sshd accepted logins {l}");
        }

        var errors = whole.SelectMany(c => c.Nodes).Where(n => n.Error is not null).ToList();
        errors.ForEach(n => output.WriteLine($"  error    {n.Node}: {n.Error}"));
        var passed = ratio <= Target && oneLoginEach && errors.Count == 0;
        output.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
}
