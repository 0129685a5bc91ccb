using System.Globalization;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using Microsoft.Extensions.Configuration;

namespace CertBot.Chat;

/// <summary>
/// Reads the engine's own options from the <c>CertBot</c> section, for a host that registers none. The engine's
/// options are positional records the configuration binder cannot build (it leaves the cluster list empty), so
/// they are read key by key here; the keys are the records' parameter names.
/// </summary>
public static class EngineOptionsReader
{
    /// <exception cref="FormatException">A value cannot be read (a product, role, day or duration); the message names the key.</exception>
    public static EngineOptions Read(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var bulk = section.GetSection(nameof(EngineOptions.BulkSftp));
        return new EngineOptions
        {
            Clusters = section.GetSection(nameof(EngineOptions.Clusters)).GetChildren().Select(Cluster).ToList(),
            GateExpiry = section[nameof(EngineOptions.GateExpiry)] is { Length: > 0 } expiry ? Parse(expiry, s => TimeSpan.Parse(s, CultureInfo.InvariantCulture), "GateExpiry") : EngineOptions.DefaultGateExpiry,
            AllowCliApprovals = !bool.TryParse(section[nameof(EngineOptions.AllowCliApprovals)], out var cli) || cli,
            BulkSftp = bulk.Exists()
                ? new BulkSftpOptions(bulk["Host"] ?? "", int.TryParse(bulk["Port"], CultureInfo.InvariantCulture, out var port) ? port : 22,
                    bulk["Username"] ?? "", bulk["Directory"] ?? "", bulk["PasswordSecret"] ?? "")
                : null,
        };
    }

    private static ClusterOptions Cluster(IConfigurationSection cluster) => new(
        cluster["Name"] ?? "",
        cluster.GetSection("Nodes").GetChildren().Select(n => new NodeOptions(
            n["Name"] ?? "",
            Parse(n["Product"], s => Enum.Parse<Product>(s, ignoreCase: true), n.Path + ":Product"),
            Parse(n["Role"], s => Enum.Parse<NodeRole>(s, ignoreCase: true), n.Path + ":Role"))).ToList(),
        cluster.GetSection("Approvers").GetChildren().Select(a => a.Value).OfType<string>().ToList(),
        cluster.GetSection("MaintenanceWindows").GetChildren().Select(w => new MaintenanceWindowOptions(
            Parse(w["Day"], s => Enum.Parse<DayOfWeek>(s, ignoreCase: true), w.Path + ":Day"),
            Parse(w["Start"], s => TimeOnly.Parse(s, CultureInfo.InvariantCulture), w.Path + ":Start"),
            Parse(w["Duration"], s => TimeSpan.Parse(s, CultureInfo.InvariantCulture), w.Path + ":Duration"))).ToList(),
        cluster["TimeZone"] is { Length: > 0 } zone ? zone : "UTC");

    private static T Parse<T>(string? value, Func<string, T> parse, string key)
    {
        try
        {
            return parse(value ?? throw new FormatException("missing"));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new FormatException($"{key} = '{value}' cannot be read: {e.Message}", e);
        }
    }
}
