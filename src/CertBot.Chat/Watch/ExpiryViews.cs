using CertBot.Chat.Views;
using CertBot.Engine.Expiry;

namespace CertBot.Chat.Watch;

/// <summary>The expiry card of what the watch found: rows soonest first, one button per remedy group.</summary>
public static class ExpiryViews
{
    /// <param name="band">The threshold crossed; null for the weekly digest.</param>
    public static ExpiryView Of(string cluster, int? band, IReadOnlyList<ExpiringCertificate> certificates, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        var (shown, _, hidden) = ViewLimits.Window(certificates);
        var rows = shown.Select(c => new ExpiryRow(c.Node.Name, c.What, c.Certificate.NotAfter, c.DaysLeft, c.Expired, c.Certificate.SelfSigned, Words(c.Remedy))).ToList();
        return new ExpiryView(cluster, band, readAt, rows, hidden, Actions(cluster, certificates));
    }

    /// <summary>One button per group: a regeneration or renewal per unit, one purge for the cluster's expired trust.</summary>
    public static IReadOnlyList<ViewAction> Actions(string cluster, IEnumerable<ExpiringCertificate> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        return [.. certificates.Where(c => c.Remedy != ExpiryRemedy.None)
            .GroupBy(c => (c.Remedy, Unit: c.Unit?.Name))
            .OrderBy(g => g.Key.Remedy).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g => Action(cluster, g.Key.Remedy, g.Key.Unit))];
    }

    public static string Words(ExpiryRemedy remedy) => remedy switch
    {
        ExpiryRemedy.Regeneration => "regeneration",
        ExpiryRemedy.Renewal => "renewal",
        ExpiryRemedy.Purge => "purge",
        _ => "none",
    };

    private static ViewAction Action(string cluster, ExpiryRemedy remedy, string? unit)
    {
        var data = new Dictionary<string, string> { [ChatVerbs.ClusterKey] = cluster };
        if (unit is not null)
        {
            data[ChatVerbs.UnitKey] = unit;
        }

        return remedy switch
        {
            ExpiryRemedy.Regeneration => new ViewAction($"Plan regeneration of {unit}", ChatVerbs.PlanRegeneration, data),
            ExpiryRemedy.Renewal => new ViewAction($"Plan renewal of {unit}", ChatVerbs.PlanRenewal, data),
            _ => new ViewAction("Plan purge of expired trust", ChatVerbs.PlanPurge, data),
        };
    }
}
