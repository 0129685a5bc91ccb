using CertBot.Engine.Model;
using Microsoft.Extensions.Options;

namespace CertBot.Engine.Configuration;

/// <summary>
/// Checks what the engine plans and decides with (clusters, nodes, publishers, people, approvers, requesters, windows, gate expiry)
/// once at start (the options pattern's start-up validation), and says what to fix in the operator's words.
/// Unreadable values are <see cref="EngineSectionValidator"/>'s; how nodes are reached is the adapter's check.
/// </summary>
public sealed class EngineOptionsValidator : IValidateOptions<EngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineOptions options)
    {
        var problems = Validate(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>The rules on the bound options alone (no configuration needed).</summary>
    public static IReadOnlyList<string> Validate(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Clusters.Count == 0)
        {
            errors.Add("no cluster is configured: add one under CertBot:Clusters");
        }

        if (options.GateExpiry <= TimeSpan.Zero)
        {
            errors.Add($"GateExpiry {options.GateExpiry} must be positive (default {EngineOptions.DefaultGateExpiry})");
        }

        foreach (var duplicate in options.Clusters.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"cluster '{duplicate.Key}' is configured {duplicate.Count()} times");
        }

        foreach (var cluster in options.Clusters)
        {
            ValidateCluster(cluster, errors);
        }

        PeopleValidator.Validate(options, errors);

        return errors;
    }

    /// <summary>
    /// What is allowed but worth saying at start: a cluster without approvers is read-only (inventory and checks
    /// work; every change is refused, <see cref="Runs.ApprovalPolicy.RefuseChange(IEnumerable{string})"/>).
    /// </summary>
    public static IReadOnlyList<string> Warnings(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options.Clusters.Where(c => !string.IsNullOrWhiteSpace(c.Name) && c.Approvers.Count == 0)
            .Select(c => $"cluster '{c.Name}' has no approver: it is read-only (inventory and checks work; changes are refused until approvers are added in the configuration)")];
    }

    private static void ValidateCluster(ClusterOptions cluster, List<string> errors)
    {
        var name = cluster.Name;
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        if (cluster.Nodes.Count == 0)
        {
            errors.Add($"cluster '{name}' has no node");
        }

        foreach (var duplicate in cluster.Nodes.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"cluster '{name}' lists node '{duplicate.Key}' {duplicate.Count()} times");
        }

        foreach (var product in cluster.Nodes.Select(n => n.Product).Distinct())
        {
            var publishers = cluster.Nodes.Count(n => n.Product == product && n.Role == NodeRole.Publisher);
            if (publishers != 1)
            {
                errors.Add($"cluster '{name}' has {publishers} {product} publishers: mark exactly one node as Publisher (for IM and Presence, the DBPub node)");
            }
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(cluster.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add($"cluster '{name}' time zone '{cluster.TimeZone}' is unknown on this machine: use an IANA id such as Europe/Amsterdam");
        }

        foreach (var window in cluster.MaintenanceWindows.Where(w => w.Duration <= TimeSpan.Zero || w.Duration > TimeSpan.FromDays(7)))
        {
            errors.Add($"cluster '{name}' maintenance window on {window.Day} lasts {window.Duration}: give a duration between one minute and seven days");
        }
    }
}
