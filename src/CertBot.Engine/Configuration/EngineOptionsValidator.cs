using CertBot.Engine.Model;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Configuration;

/// <summary>
/// Checks the configuration on start and says what to fix, in the operator's words. The engine plans with
/// whatever it is given; the host refuses to start on any error listed here.
/// </summary>
public static class EngineOptionsValidator
{
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

        if (options.BulkSftp is { } sftp && (sftp.Port is <= 0 or > 65535 || string.IsNullOrWhiteSpace(sftp.Host) || string.IsNullOrWhiteSpace(sftp.PasswordSecret)))
        {
            errors.Add("BulkSftp needs a host, a port between 1 and 65535 and PasswordSecret (the name of the variable holding the password)");
        }

        return errors;
    }

    private static void ValidateCluster(ClusterOptions cluster, List<string> errors)
    {
        var name = cluster.Name;
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

        if (cluster.Approvers.Count == 0)
        {
            errors.Add($"cluster '{name}' has no approver: nothing on it could ever be approved");
        }

        foreach (var approver in cluster.Approvers.Where(a => !Principal.TryParse(a, out _)))
        {
            errors.Add($"cluster '{name}' approver '{approver}' is not a principal: use aad:<object id>, slack:<user id> or cli:<name>");
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
