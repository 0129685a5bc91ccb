using System.CommandLine;
using System.Data.Common;
using CertBot.Cisco.Configuration;
using CertBot.Cli.Composition;
using CertBot.Cli.Configuration;
using CertBot.Cli.Inventory;
using CertBot.Engine.Configuration;
using CertBot.Engine.Expiry;
using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cli.Commands;

/// <summary>
/// <c>certbot expiring [--cluster c]... --days N [--identity-only] [--json]</c>: the certificates that expire within
/// N days (expired ones included), read-only, for monitoring: a cluster whose facts cache is fresh (<c>CertBot:Facts:MaxAge</c>)
/// is answered from it without a login, unless <c>--live</c>; any other cluster is read from its nodes now. Exit code 0 none, 1 some, 2 a typo or configuration
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
        var live = new Option<bool>("--live") { Description = "Read every node now, even where the facts cache is fresh" };
        var command = new Command("expiring", "Certificates that expire within N days, for monitoring (exit 0 none, 1 some, 2 usage, 3 a node not read)")
        {
            clusters, days, identityOnly, json, live,
        };
        command.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(clusters) ?? [], parse.GetValue(days), !parse.GetValue(identityOnly), parse.GetValue(json), parse.GetValue(live), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string[] clusterNames, int days, bool includeTrust, bool json, bool live, CancellationToken cancellationToken)
    {
        if (days < 0)
        {
            await Console.Error.WriteLineAsync($"--days {days}: give a number of days, 0 or more (0 lists what has expired and what expires today)");
            return ExitCodes.Usage;
        }

        var (config, verbose) = (parse.GetValue(GlobalOptions.Config) ?? [], parse.GetValue(GlobalOptions.Verbose));
        try
        {
            if (!live)
            {
                // The store holds the facts cache (certbot inventory --refresh and the host keep it).
                await using var engine = await CliEngine.OpenAsync(config, parse.GetValue(GlobalOptions.Store), verbose, cancellationToken);
                var facts = engine.Services.GetRequiredService<FreshFacts>();
                return await ListAsync(engine.Services, clusterNames, days, includeTrust, json, c => facts.ReadAsync(c, cancellationToken));
            }
        }
        catch (ConfigurationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is DbException or StoreInUseException or UnauthorizedAccessException)
        {
            // Monitoring must still get its answer (exit 1 means "some expire"): without the cache, the nodes are read.
            await Console.Error.WriteLineAsync($"the facts cache cannot be read ({e.Message}): reading the nodes");
        }

        ServiceProvider services;
        try
        {
            services = CliServices.Create(CliConfiguration.Build(config), verbose);
        }
        catch (ConfigurationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }

        await using var _ = services;
        var (reader, time) = (services.GetRequiredService<InventoryReader>(), services.GetRequiredService<TimeProvider>());
        return await ListAsync(services, clusterNames, days, includeTrust, json, async c => (await FreshFacts.ReadLiveAsync(reader, time, c, cancellationToken), false));
    }

    private static async Task<int> ListAsync(IServiceProvider services, string[] clusterNames, int days, bool includeTrust, bool json, Func<ClusterOptions, Task<(ClusterFacts Facts, bool Cached)>> read)
    {
        if (await ClusterSelection.SelectAsync(services.GetRequiredService<EngineOptions>(), clusterNames) is not { } selected)
        {
            return ExitCodes.Usage;
        }

        var clusters = await Task.WhenAll(selected.Select(read));
        foreach (var (cached, _) in clusters.Where(r => r.Cached))
        {
            await Console.Error.WriteLineAsync($"{cached.Cluster}: from the facts cache as of {cached.ReadAt:yyyy-MM-dd HH:mm:ss} UTC (--live reads the nodes now)");
        }

        var nodes = clusters.SelectMany(r => r.Facts.Nodes).ToList();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var expiring = ExpiryScan.Within(nodes, days, includeTrust, now);
        var unread = nodes.Where(n => n.Error is not null).ToList();
        var readAt = clusters.Select(r => r.Facts.ReadAt).DefaultIfEmpty(now).Min();
        await Console.Out.WriteLineAsync(json ? ExpiringOutput.Json(expiring, unread, days, readAt) : ExpiringOutput.Table(expiring, unread, days));
        return unread.Count > 0 ? NodeNotRead : expiring.Count > 0 ? Some : ExitCodes.Ok;
    }
}
