using System.Globalization;

namespace CertBot.Chat.Views;

/// <summary>One certificate on one node.</summary>
/// <param name="Store"><c>own</c> for identity certificates, else the trust store.</param>
public sealed record InventoryRow(string Node, string Store, string Unit, string File, DateTimeOffset NotAfter, int DaysLeft, bool Expired)
{
    /// <summary>An identity certificate (the node's own), not a trust entry.</summary>
    public bool IsIdentity => Store == Engine.Model.CertificateInfo.OwnStore;

    /// <summary>When it expires in words: "expired 2026-11-30 (5 days ago)", "expires 2026-12-20 (15 days left)".</summary>
    public string When => Expired
        ? string.Create(CultureInfo.InvariantCulture, $"expired {NotAfter:yyyy-MM-dd} ({Ago(-DaysLeft)})")
        : string.Create(CultureInfo.InvariantCulture, $"expires {NotAfter:yyyy-MM-dd} ({DaysLeft} {(DaysLeft == 1 ? "day" : "days")} left)");

    /// <summary>What it is: "own tomcat: tomcat.pem", "tomcat-trust: Old_CA.pem".</summary>
    public string What => IsIdentity ? $"{Store} {Unit}: {File}" : $"{Store}: {File}";

    /// <summary>The row as one line of text, node first (the attention list of a cluster).</summary>
    public static string Line(InventoryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"{row.Node} · {row.What} · {row.When}";
    }

    private static string Ago(int days) => days switch
    {
        <= 0 => "today",
        1 => "1 day ago",
        _ => string.Create(CultureInfo.InvariantCulture, $"{days} days ago"),
    };
}
