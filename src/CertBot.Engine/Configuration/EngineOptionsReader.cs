using System.Globalization;
using CertBot.Engine.Model;
using Microsoft.Extensions.Configuration;

namespace CertBot.Engine.Configuration;

/// <summary>
/// Reads the engine's view of the <c>CertBot</c> section (clusters with their nodes, approvers, maintenance
/// windows and time zone; gate expiry; bulk SFTP). The options are positional records the configuration binder
/// cannot build (it leaves the cluster list empty), so they are read field by field and every unreadable value
/// is named. The one reader for the host, the command line and the chat core.
/// </summary>
public static class EngineOptionsReader
{
    /// <summary>The secret name under which the bulk SFTP password is found when it is written in a lab's file.</summary>
    public const string SftpPasswordKey = "CertBot:Sftp:Password";

    /// <exception cref="FormatException">A value cannot be read; the message names every such value.</exception>
    public static EngineOptions Read(IConfigurationSection certBot)
    {
        var problems = new List<string>();
        var options = Read(certBot, problems);
        return problems.Count == 0 ? options : throw new FormatException(string.Join("; ", problems));
    }

    public static EngineOptions Read(IConfigurationSection certBot, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(certBot);
        ArgumentNullException.ThrowIfNull(problems);
        var clusters = certBot.GetSection("Clusters").GetChildren().Select(c => ReadCluster(c, problems)).ToList();
        return new EngineOptions
        {
            Clusters = clusters,
            GateExpiry = Parse(certBot, "GateExpiry", EngineOptions.DefaultGateExpiry, TimeSpan.TryParse, "a duration such as 04:00:00", problems),
            AllowCliApprovals = Parse(certBot, "AllowCliApprovals", true, bool.TryParse, "true or false", problems),
            BulkSftp = ReadSftp(certBot.GetSection("Sftp")),
        };
    }

    private static ClusterOptions ReadCluster(IConfigurationSection cluster, ICollection<string> problems)
    {
        var name = cluster["Name"] ?? "";
        var nodes = cluster.GetSection("Nodes").GetChildren().Select(n => new NodeOptions(
            n["Name"] ?? "",
            ParseEnum(n, "Product", Product.Cucm, $"cluster '{name}' node '{n["Name"]}'", problems),
            ParseEnum(n, "Role", NodeRole.Subscriber, $"cluster '{name}' node '{n["Name"]}'", problems))).ToList();
        var approvers = cluster.GetSection("Approvers").GetChildren().Select(a => a.Value).OfType<string>().ToList();
        var windows = cluster.GetSection("MaintenanceWindows").GetChildren().Select(w => ReadWindow(name, w, problems)).ToList();
        return new ClusterOptions(name, nodes, approvers, windows, cluster["TimeZone"] ?? "UTC");
    }

    private static MaintenanceWindowOptions ReadWindow(string cluster, IConfigurationSection window, ICollection<string> problems)
    {
        var where = $"cluster '{cluster}' maintenance window {window.Key}";
        var day = ParseEnum(window, "Day", DayOfWeek.Saturday, where, problems);
        var start = Parse(window, "Start", TimeOnly.MinValue, (string? s, out TimeOnly t) => TimeOnly.TryParse(s, CultureInfo.InvariantCulture, out t), "a time such as 22:00", problems, where);
        var duration = Parse(window, "Duration", TimeSpan.Zero, TimeSpan.TryParse, "a duration such as 06:00:00", problems, where);
        return new MaintenanceWindowOptions(day, start, duration);
    }

    private static BulkSftpOptions? ReadSftp(IConfigurationSection sftp)
    {
        if (string.IsNullOrWhiteSpace(sftp["Host"]))
        {
            return null;
        }

        var port = int.TryParse(sftp["Port"], CultureInfo.InvariantCulture, out var p) ? p : 22;
        // Production names an environment variable; a lab writes the password into its own 0600 file.
        var secret = sftp["PasswordEnvironmentVariable"] is { Length: > 0 } variable ? variable : SftpPasswordKey;
        return new BulkSftpOptions(sftp["Host"]!, port, sftp["Username"] ?? "", sftp["Directory"] ?? "/", secret);
    }

    private delegate bool TryParser<T>(string? text, out T value);

    private static T Parse<T>(IConfigurationSection section, string key, T fallback, TryParser<T> parse, string expected, ICollection<string> problems, string? where = null)
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

        problems.Add($"{where ?? "CertBot"} has {key} '{text}': use {expected}");
        return fallback;
    }

    private static T ParseEnum<T>(IConfigurationSection section, string key, T fallback, string where, ICollection<string> problems)
        where T : struct, Enum
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        problems.Add($"{where} has {key} '{text}': use {string.Join(" or ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
        return fallback;
    }
}
