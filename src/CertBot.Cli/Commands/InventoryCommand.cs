using System.CommandLine;
using CertBot.Cisco.Configuration;
using CertBot.Cli.Configuration;
using CertBot.Cli.Inventory;
using CertBot.Engine.Inventory;
using CertBot.Engine.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot inventory [--cluster c]... [--json]</c>: procedure P0, read-only. Exit code 0 when every node
/// answered completely, 1 when some node failed (its error is in the output), 2 for a configuration problem.
/// </summary>
public static class InventoryCommand
{
    public static Command Create()
    {
        var clusters = new Option<string[]>("--cluster") { Description = "Only this cluster (repeatable); all clusters when absent" };
        var json = new Option<bool>("--json") { Description = "Print the inventory as JSON" };
        var command = new Command("inventory", "Certificates and services of every node (read-only)") { clusters, json };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(GlobalOptions.Config), parse.GetValue(clusters) ?? [],
            parse.GetValue(json), parse.GetValue(GlobalOptions.Verbose), ct));
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

        var nodes = selected.SelectMany(c => c.Nodes.Select(n => NodeDirectory.ToRef(c, n)));
        var result = await inventory.ReadAsync(nodes, json ? null : n => Console.Error.WriteLine(InventoryTable.Progress(n)), cancellationToken);
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
}
