using System.Globalization;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using Microsoft.Extensions.Configuration;

namespace CertBot.Cli.Configuration;

/// <summary>
/// The engine's view of the <c>CertBot</c> section: per cluster its nodes, <c>Approvers</c>,
/// <c>MaintenanceWindows</c> (<c>Day</c>, <c>Start</c>, <c>Duration</c>) and <c>TimeZone</c>; <c>GateExpiry</c>,
/// <c>AllowCliApprovals</c> and the bulk SFTP server. The engine's records have no configuration binding, so
/// every field is read here and an unreadable value is named instead of turning into an exception.
/// </summary>
public static class EngineOptionsReader
{
    /// <summary>The secret name of the SFTP password when a lab writes it into its configuration file.</summary>
    public const string SftpPasswordKey = "CertBot:Sftp:Password";

    public static EngineOptions Read(IConfigurationSection certBot, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(certBot);
        ArgumentNullException.ThrowIfNull(problems);
        return new EngineOptions
        {
            Clusters = certBot.GetSection("Clusters").GetChildren().Select(c => ReadCluster(c, problems)).ToList(),
            GateExpiry = Read(certBot, "GateExpiry", EngineOptions.DefaultGateExpiry, "a duration such as 04:00:00", problems,
                (string s, out TimeSpan v) => TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out v)),
            AllowCliApprovals = Read(certBot, "AllowCliApprovals", true, "true or false", problems, bool.TryParse),
            BulkSftp = ReadSftp(certBot.GetSection("Sftp")),
        };
    }

    private static ClusterOptions ReadCluster(IConfigurationSection cluster, ICollection<string> problems)
    {
        var name = cluster["Name"] ?? "";
        // Product and Role typos are named by CliConfiguration; here they only fall back.
        var nodes = cluster.GetSection("Nodes").GetChildren().Select(n => new NodeOptions(
            n["Name"] ?? "",
            Enum.TryParse<Product>(n["Product"], ignoreCase: true, out var product) ? product : Product.Cucm,
            Enum.TryParse<NodeRole>(n["Role"], ignoreCase: true, out var role) ? role : NodeRole.Subscriber)).ToList();
        var approvers = cluster.GetSection("Approvers").GetChildren().Select(a => a.Value).OfType<string>().ToList();
        var windows = cluster.GetSection("MaintenanceWindows").GetChildren().Select(w => ReadWindow($"cluster '{name}' maintenance window {w.Key}", w, problems)).ToList();
        return new ClusterOptions(name, nodes, approvers, windows, cluster["TimeZone"] ?? "UTC");
    }

    private static MaintenanceWindowOptions ReadWindow(string where, IConfigurationSection window, ICollection<string> problems) => new(
        Read(window, "Day", DayOfWeek.Saturday, "a day such as Saturday", problems,
            (string s, out DayOfWeek d) => Enum.TryParse(s, ignoreCase: true, out d) && Enum.IsDefined(d), where),
        Read(window, "Start", TimeOnly.MinValue, "a time such as 22:00", problems,
            (string s, out TimeOnly t) => TimeOnly.TryParse(s, CultureInfo.InvariantCulture, out t), where),
        Read(window, "Duration", TimeSpan.Zero, "a duration such as 06:00:00", problems,
            (string s, out TimeSpan v) => TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out v), where));

    private static BulkSftpOptions? ReadSftp(IConfigurationSection sftp)
    {
        if (string.IsNullOrWhiteSpace(sftp["Host"]))
        {
            return null;
        }

        var port = int.TryParse(sftp["Port"], CultureInfo.InvariantCulture, out var p) ? p : 22;
        // Production names an environment variable; a lab's own 0600 file holds the password itself.
        var secret = sftp["PasswordEnvironmentVariable"] is { Length: > 0 } variable ? variable : SftpPasswordKey;
        return new BulkSftpOptions(sftp["Host"]!, port, sftp["Username"] ?? "", sftp["Directory"] ?? "/", secret);
    }

    private delegate bool Parser<T>(string text, out T value);

    private static T Read<T>(IConfigurationSection section, string key, T fallback, string expected, ICollection<string> problems, Parser<T> parse, string where = "CertBot")
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        problems.Add($"{where} has {key} '{text}': use {expected}");
        return fallback;
    }
}
