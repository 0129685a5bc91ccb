using System.Globalization;
using System.Text;
using CertBot.Cli.Output;
using CertBot.Engine.Expiry;
using CertBot.Engine.Inventory;

namespace CertBot.Cli.Inventory;

/// <summary>
/// What <c>certbot expiring</c> prints: a table, or
/// <c>{"days","readAt","certificates":[{"cluster","node","store","unit","file","what","notAfter","daysLeft","expired","selfSigned","issuer","serial","remedy"}],"nodesNotRead":[{"cluster","node","error"}]}</c>.
/// </summary>
public static class ExpiringOutput
{
    /// <param name="readAt">When the oldest facts listed were read: now, or the facts cache's time of a cluster answered from it.</param>
    public static string Json(IReadOnlyList<ExpiringCertificate> expiring, IReadOnlyList<NodeInventory> unread, int days, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(expiring);
        ArgumentNullException.ThrowIfNull(unread);
        return CliJson.Serialize(new
        {
            days,
            readAt = readAt.UtcDateTime,
            certificates = expiring.Select(e => new
            {
                cluster = e.Node.Cluster,
                node = e.Node.Name,
                store = e.Certificate.Store,
                unit = e.Certificate.Unit,
                file = e.Certificate.File,
                what = e.What,
                notAfter = e.Certificate.NotAfter.UtcDateTime,
                daysLeft = e.DaysLeft,
                expired = e.Expired,
                selfSigned = e.Certificate.SelfSigned,
                issuer = e.Certificate.Issuer,
                serial = e.Certificate.Serial,
                remedy = Remedy(e.Remedy),
            }),
            nodesNotRead = unread.Select(n => new { cluster = n.Node.Cluster, node = n.Node.Name, error = n.Error }),
        });
    }

    public static string Table(IReadOnlyList<ExpiringCertificate> expiring, IReadOnlyList<NodeInventory> unread, int days)
    {
        ArgumentNullException.ThrowIfNull(expiring);
        ArgumentNullException.ThrowIfNull(unread);
        var text = new StringBuilder(expiring.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"No certificate expires within {days} days.\n")
            : string.Create(CultureInfo.InvariantCulture, $"{expiring.Count} certificate(s) expire within {days} days or have expired:\n"));
        foreach (var e in expiring)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {e.Node,-24} {e.What,-32} {e.Certificate.NotAfter:yyyy-MM-dd} {(e.Expired ? "EXPIRED" : e.DaysLeft + "d"),8}  {(e.Certificate.SelfSigned ? "self-signed" : "CA-signed"),-11}  {Remedy(e.Remedy)}\n");
        }

        foreach (var node in unread)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {node.Node,-24} NOT READ: {node.Error}\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The remedy as the command line names the procedure (<c>regenerate</c>, <c>renew</c>, <c>purge-trust</c>), or <c>none</c>.</summary>
    public static string Remedy(ExpiryRemedy remedy) => remedy switch
    {
        ExpiryRemedy.Regeneration => "regenerate",
        ExpiryRemedy.Renewal => "renew",
        ExpiryRemedy.Purge => "purge-trust",
        _ => "none",
    };
}
