using System.CommandLine;
using CertBot.Cisco.Configuration;
using CertBot.Cli.Configuration;
using CertBot.Cli.Inventory;
using CertBot.Engine.Configuration;
using CertBot.Engine.Expiry;
using CertBot.Engine.Inventory;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot expiring [--cluster c]... --days N [--identity-only] [--json]</c>: the certificates that expire within
/// N days (expired ones included), read-only, for monitoring. Exit code 0 none, 1 some, 2 a typo or configuration
/// problem, 3 a node could not be read (the list may be incomplete, whatever it holds).
/// </summary>
public static class ExpiringCommand
{
    /// <summary>Some certificate expires within the days asked for.</summary>
    public const int Some = 1;

    /// <summary>A node could not be read: what it holds is unknown, so the check is not passed.</summary>
    public const int NodeNotRead = 3;

    public static Command Create()
    {
        var clusters = new Option<string[]>("--cluster") { Description = "Only this cluster (repeatable); all clusters when absent" };
        var days = new Option<int>("--days") { Description = "Expiring within this many days (expired ones are always listed)", Required = true };
        var identityOnly = new Option<bool>("--identity-only") { Description = "Leave trust certificates out" };
        var json = new Option<bool>("--json") { Description = "Print the list as JSON" };
        var command = new Command("expiring", "Certificates that expire within N days, for monitoring (exit 0 none, 1 some, 2 usage, 3 a node not read)")
        {
            clusters, days, identityOnly, json,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(GlobalOptions.Config), parse.GetValue(clusters) ?? [], parse.GetValue(days),
            !parse.GetValue(identityOnly), parse.GetValue(json), parse.GetValue(GlobalOptions.Verbose), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo[]? config, string[] clusterNames, int days, bool includeTrust, bool json, bool verbose, CancellationToken cancellationToken)
    {
        if (days < 0)
        {
            await Console.Error.WriteLineAsync($"--days {days}: give a number of days, 0 or more (0 lists what has expired and what expires today)");
            return ExitCodes.Usage;
        }

        ServiceProvider services;
        try
        {
            services = CliServices.Create(CliConfiguration.Build(config ?? []), verbose);
        }
        catch (ConfigurationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }

        await using var _ = services;
        if (await ClusterSelection.SelectAsync(services.GetRequiredService<EngineOptions>(), clusterNames) is not { } selected)
        {
            return ExitCodes.Usage;
        }

        var read = await services.GetRequiredService<InventoryReader>().ReadAsync(selected.SelectMany(c => c.Nodes.Select(n => NodeDirectory.ToRef(c, n))), null, cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var nodes = read.SelectMany(c => c.Nodes).ToList();
        var expiring = ExpiryScan.Within(nodes, days, includeTrust, now);
        var unread = nodes.Where(n => n.Error is not null).ToList();
        await Console.Out.WriteLineAsync(json ? ExpiringOutput.Json(expiring, unread, days, now) : ExpiringOutput.Table(expiring, unread, days));
        return unread.Count > 0 ? NodeNotRead : expiring.Count > 0 ? Some : ExitCodes.Ok;
    }
}
