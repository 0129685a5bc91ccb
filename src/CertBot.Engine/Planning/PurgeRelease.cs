using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// What the cluster's release changes in P6 (procedures.md, platform note under P6): the service stops are needed
/// only on Unified CM 11.5 and older / IM and Presence before 12.0, and from 11.0 deleting a trust certificate on
/// one node removes the same entry from the product's other nodes. Plans follow the seed unless the cluster's
/// <see cref="Configuration.ClusterOptions.SkipStepsTheReleaseMakesUnnecessary"/> says otherwise; an unreadable
/// release always means "follow the seed".
/// </summary>
internal sealed record PurgeRelease(bool Skip, Release? Cucm, Release? Imp)
{
    private static readonly Release Propagating = new(11, 0);
    private static readonly Release LastCucmNeedingStops = new(11, 5);
    private static readonly Release FirstImpWithoutStops = new(12, 0);

    public bool ImpStopsNeeded => !Skip || Imp is not { } imp || imp < FirstImpWithoutStops;

    public bool CucmStopsNeeded => !Skip || Cucm is not { } cucm || cucm <= LastCucmNeedingStops;

    public bool Propagates(Product product) => Skip && (product == Product.Cucm ? Cucm : Imp) is { } release && release >= Propagating;

    public static async Task<PurgeRelease> ReadAsync(PlanningContext context, ClusterNodes cluster, CancellationToken cancellationToken)
    {
        async Task<Release?> Of(Product product) => cluster.Publisher(product) is { } publisher
            ? Release.Parse(await (await context.Facts.ForAsync(publisher, cancellationToken)).VersionAsync(cancellationToken))
            : null;

        var skip = cluster.Cluster.SkipStepsTheReleaseMakesUnnecessary;
        var release = new PurgeRelease(skip, await Of(Product.Cucm), cluster.Of(Product.Imp).Count > 0 ? await Of(Product.Imp) : null);
        if (!skip)
        {
            context.Plan.Decide(cluster.Name, "the stops are only needed on Unified CM 11.5 and older / IM and Presence before 12.0, and from 11.0 a deletion propagates cluster-wide; "
                + "CertBot follows the seed on every release (SkipStepsTheReleaseMakesUnnecessary leaves out what the release makes unnecessary)");
        }

        return release;
    }

    /// <summary>The cards' line for what was left out, when something was.</summary>
    public void Explain(PlanBuilder plan, bool tomcatTrust, bool propagated)
    {
        var left = new List<string>();
        if (!ImpStopsNeeded)
        {
            left.Add($"IM and Presence {Imp}: Cisco Certificate Expiry Monitor and Intercluster Sync Agent are not stopped (needed only before 12.0)");
        }

        if (tomcatTrust && !CucmStopsNeeded)
        {
            left.Add($"Unified CM {Cucm}: Cisco Certificate Expiry Monitor and Certificate Change Notification are not stopped (needed only on 11.5 and older)");
        }

        if (propagated)
        {
            left.Add("from 11.0 a trust deletion propagates to the product's other nodes: each certificate is deleted once and verified gone on the others");
        }

        foreach (var line in left)
        {
            plan.Warn("Left out for the release: " + line);
        }
    }
}
