namespace CertBot.Chat.Views;

/// <summary>One certificate on one node.</summary>
/// <param name="Store"><c>own</c> for identity certificates, else the trust store.</param>
public sealed record InventoryRow(string Node, string Store, string Unit, string File, DateTimeOffset NotAfter, int DaysLeft, bool Expired)
{
    /// <summary>The row as one line of text, for the "Show all" pieces.</summary>
    public static string Line(InventoryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return System.FormattableString.Invariant($"{row.Node} · {row.Store}: {row.File} · expires {row.NotAfter:yyyy-MM-dd} ({row.DaysLeft} days left)") + (row.Expired ? " · EXPIRED" : "");
    }
}
