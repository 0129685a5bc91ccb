using CertBot.Engine.Inventory;
using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Expiry;

/// <summary>
/// Which certificates of an inventory (P0) expire soon, and what fixes each: the one reading of expiry that the
/// watch's cards and <c>certbot expiring</c> share. Pure: the facts come from whoever read them.
/// </summary>
public static class ExpiryScan
{
    /// <summary>
    /// The certificates with at most <paramref name="days"/> days left (expired ones included), soonest first,
    /// identity before trust on the same day. Nodes that could not be read contribute what they answered.
    /// </summary>
    /// <param name="includeTrust">Whether trust certificates count, or identity certificates only.</param>
    public static IReadOnlyList<ExpiringCertificate> Within(IEnumerable<NodeInventory> nodes, int days, bool includeTrust, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return [.. nodes.SelectMany(n => n.Certificates.Select(c => Describe(n.Node, c, now)))
            .Where(e => e.DaysLeft <= days && (includeTrust || e.Certificate.IsIdentity))
            .OrderBy(e => e.Certificate.NotAfter).ThenBy(e => e.Certificate.IsIdentity ? 0 : 1).ThenBy(e => e.Node.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every certificate within the largest threshold, with its band (<see cref="ExpiryThresholds.Band"/>).</summary>
    public static IReadOnlyList<(ExpiringCertificate Certificate, int Band)> Banded(
        IEnumerable<NodeInventory> nodes, IReadOnlyCollection<int> thresholds, bool includeTrust, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return [.. Within(nodes, thresholds.Max(), includeTrust, now).Select(e => (e, ExpiryThresholds.Band(thresholds, e.DaysLeft, e.Expired)!.Value))];
    }

    /// <summary>One certificate of a node with its days left and its remedy.</summary>
    public static ExpiringCertificate Describe(NodeRef node, CertificateInfo certificate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(certificate);
        var expired = certificate.IsExpired(now);
        if (!certificate.IsIdentity)
        {
            return new ExpiringCertificate(node, certificate, certificate.DaysLeft(now), expired, expired ? ExpiryRemedy.Purge : ExpiryRemedy.None, null);
        }

        var unit = UnitCatalog.Find(certificate.Unit);
        var remedy = unit switch
        {
            null => ExpiryRemedy.None,
            _ when certificate.SelfSigned && unit.RegenerableOn.Contains(node.Product) => ExpiryRemedy.Regeneration,
            _ when !certificate.SelfSigned && RenewalPlanner.Renewable.Contains(unit) => ExpiryRemedy.Renewal,
            _ => ExpiryRemedy.None,
        };
        return new ExpiringCertificate(node, certificate, certificate.DaysLeft(now), expired, remedy, remedy == ExpiryRemedy.None ? null : unit);
    }

    /// <summary>The request that plans the remedy of a group of certificates of one cluster, or null for <see cref="ExpiryRemedy.None"/>.</summary>
    public static ProcedureRequest? RequestFor(string cluster, ExpiryRemedy remedy, CertificateUnit? unit) => remedy switch
    {
        ExpiryRemedy.Regeneration when unit is not null => ProcedureRequest.Regenerate(cluster, unit),
        ExpiryRemedy.Renewal when unit is not null => ProcedureRequest.Renew(cluster, unit),
        ExpiryRemedy.Purge => ProcedureRequest.PurgeTrust(cluster),
        _ => null,
    };
}
