using System.CommandLine;
using CertBot.Cisco.Configuration;
using CertBot.Cli.Configuration;
using CertBot.Cli.Inventory;
using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot inventory [--cluster c]... [--json] [--refresh]</c>: procedure P0, read-only. With <c>--refresh</c>
/// what is read is also stored in the facts cache of the store (<c>CertBot:Storage</c> or <c>--store</c>), from which
/// the chat answers at once; a cluster a run holds is read but not stored. Exit code 0 when every node answered
/// completely, 1 when some node failed (its error is in the output), 2 for a configuration problem.
/// </summary>
public static class InventoryCommand
{
    public static Command Create()
    {
        var clusters = new Option<string[]>("--cluster") { Description = "Only this cluster (repeatable); all clusters when absent" };
        var json = new Option<bool>("--json") { Description = "Print the inventory as JSON" };
        var refresh = new Option<bool>("--refresh") { Description = "Also store what is read in the facts cache the chat answers from (the store of CertBot:Storage or --store)" };
        var command = new Command("inventory", "Certificates and services of every node (read-only)") { clusters, json, refresh };
        command.SetAction((parse, ct) => parse.GetValue(refresh)
            ? EngineCommand.RunAsync(parse, engine => RunAsync(engine.Services, parse.GetValue(clusters) ?? [], parse.GetValue(json), true, ct), ct)
            : RunAsync(parse.GetValue(GlobalOptions.Config), parse.GetValue(clusters) ?? [], parse.GetValue(json), parse.GetValue(GlobalOptions.Verbose), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo[]? config, string[] clusterNames, bool json, bool verbose, CancellationToken cancellationToken)
    {
        ServiceProvider services;
        try
        {
            services = CliServices.Create(CliConfiguration.Build(config ?? []), verbose);
        }
        catch (ConfigurationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        await using var _ = services;
        return await RunAsync(services, clusterNames, json, false, cancellationToken);
    }

    /// <param name="refresh">Store each cluster's facts (through the engine's <see cref="FactsRefresher"/>) while reading them.</param>
    private static async Task<int> RunAsync(IServiceProvider services, string[] clusterNames, bool json, bool refresh, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<EngineOptions>();

        if (await ClusterSelection.SelectAsync(options, clusterNames) is not { } selected)
        {
            return 2;
        }

        var inventory = services.GetRequiredService<InventoryReader>();
        var time = services.GetRequiredService<TimeProvider>();
        if (!json)
        {
            await Console.Error.WriteLineAsync($"Probing {selected.Sum(c => c.Nodes.Count)} nodes of {string.Join(", ", selected.Select(c => c.Name))} ...");
        }

        Action<NodeInventory>? progress = json ? null : n => Console.Error.WriteLine(InventoryTable.Progress(n));
        var result = new List<ClusterInventory>();
        if (!refresh)
        {
            // Every node of every cluster at once (up to the inventory's concurrency): the slowest node sets the time.
            result.AddRange(await inventory.ReadAsync(selected.SelectMany(c => c.Nodes.Select(n => NodeDirectory.ToRef(c, n))), progress, cancellationToken));
        }

        foreach (var cluster in refresh ? selected : [])
        {
            result.Add(await RefreshAsync(services.GetRequiredService<FactsRefresher>(), inventory, cluster, progress, cancellationToken));
        }

        var now = time.GetUtcNow();
        if (json)
        {
            await Console.Out.WriteLineAsync(InventoryJson.Write(result, now));
        }
        else
        {
            InventoryTable.Write(Console.Out, result, now);
        }

        return result.SelectMany(c => c.Nodes).Any(n => n.Error is not null) ? 1 : 0;
    }

    /// <summary>One cluster read into the facts cache; read live without storing while a run holds it.</summary>
    private static async Task<ClusterInventory> RefreshAsync(FactsRefresher refresher, InventoryReader inventory, ClusterOptions cluster, Action<NodeInventory>? progress, CancellationToken cancellationToken)
    {
        var refreshed = await refresher.RefreshAsync(cluster.Name, cancellationToken);
        if (refreshed.Facts is { } facts)
        {
            foreach (var node in facts.Nodes)
            {
                progress?.Invoke(node);
            }

            await Console.Error.WriteLineAsync($"{cluster.Name}: stored in the facts cache as of {facts.ReadAt:yyyy-MM-dd HH:mm:ss} UTC");
            return new ClusterInventory(cluster.Name, facts.Nodes);
        }

        await Console.Error.WriteLineAsync($"{cluster.Name}: not stored in the facts cache ({refreshed.Skipped}); read live");
        return (await inventory.ReadAsync(cluster.Nodes.Select(n => NodeDirectory.ToRef(cluster, n)), progress, cancellationToken)).Single();
    }
}
