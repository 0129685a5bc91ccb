using System.Globalization;
using System.Text.Json.Serialization;

namespace CertBot.Engine.Procedures;

/// <summary>
/// What someone asked for, before any fact is known. Built by the chat and command-line grammars through
/// the factory methods; the planner turns it into a <see cref="Planning.Plan"/>.
/// </summary>
/// <param name="Cluster">The cluster that is changed; for an exchange the source cluster.</param>
/// <param name="Unit">For <see cref="ProcedureKind.Regenerate"/>: the unit, as the grammar found it in <see cref="UnitCatalog"/>.</param>
/// <param name="OlderThanDays">For <see cref="ProcedureKind.PurgeTrust"/>: only certificates expired at least this long ago.</param>
/// <param name="TrustFiles">For <see cref="ProcedureKind.PurgeTrust"/>: named obsolete certificates, as <c>store/file</c>.</param>
/// <param name="TargetCluster">For <see cref="ProcedureKind.Exchange"/>: the destination cluster.</param>
/// <param name="Undo">For <see cref="ProcedureKind.Restore"/>: what the earlier run left half-done.</param>
/// <param name="Mixed">For <see cref="ProcedureKind.Regenerate"/>: the choice for a mixed cluster; null is <see cref="MixedChoice.SkipNode"/>.</param>
/// <param name="MultiServer">For <see cref="ProcedureKind.Renew"/>: a multi-server CSR (true), one per node (false), or what the current certificate is (null).</param>
public sealed record ProcedureRequest(
    ProcedureKind Kind,
    string Cluster,
    CertificateUnit? Unit = null,
    int? OlderThanDays = null,
    IReadOnlyList<string>? TrustFiles = null,
    string? TargetCluster = null,
    MixedChoice? Mixed = null,
    Runs.Leftovers? Undo = null,
    bool? MultiServer = null)
{
    /// <summary>The undo of what <paramref name="leftovers"/>' run left half-done on <paramref name="cluster"/>.</summary>
    public static ProcedureRequest Restore(string cluster, Runs.Leftovers leftovers) =>
        new(ProcedureKind.Restore, cluster, Undo: leftovers);

    public static ProcedureRequest Regenerate(string cluster, CertificateUnit unit, MixedChoice? mixed = null) =>
        new(ProcedureKind.Regenerate, cluster, Unit: unit, Mixed: mixed);

    /// <summary>How the command line spells a mixed-cluster choice (<c>--mixed all-but-it</c>).</summary>
    public static string Spell(MixedChoice choice) => choice switch
    {
        MixedChoice.AllButIt => "all-but-it",
        MixedChoice.Stop => "stop",
        _ => "skip-node",
    };

    /// <summary>The choice a word names (<c>skip-node</c>, <c>all-but-it</c>, <c>stop</c>), or null.</summary>
    public static MixedChoice? ParseMixed(string? word) =>
        Enum.GetValues<MixedChoice>().Select(c => (MixedChoice?)c).FirstOrDefault(c => string.Equals(Spell(c!.Value), word, StringComparison.OrdinalIgnoreCase));

    public static ProcedureRequest PurgeTrust(string cluster, int? olderThanDays = null, IReadOnlyList<string>? trustFiles = null) =>
        new(ProcedureKind.PurgeTrust, cluster, OlderThanDays: olderThanDays, TrustFiles: trustFiles);

    public static ProcedureRequest VerifyIpsec(string cluster) => new(ProcedureKind.VerifyIpsec, cluster);

    public static ProcedureRequest Exchange(string from, string to) => new(ProcedureKind.Exchange, from, TargetCluster: to);

    public static ProcedureRequest Renew(string cluster, CertificateUnit unit, bool? multiServer = null) =>
        new(ProcedureKind.Renew, cluster, Unit: unit, MultiServer: multiServer);

    /// <summary>The clusters a run of this request changes, and therefore locks.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Clusters => TargetCluster is null ? [Cluster] : [Cluster, TargetCluster];

    /// <summary>The request as the command line spells it (<c>regenerate tomcat --cluster lab-east</c>).</summary>
    public override string ToString() => Kind switch
    {
        ProcedureKind.Regenerate => $"regenerate {Unit} --cluster {Cluster}" + (Mixed is { } m ? $" --mixed {Spell(m)}" : ""),
        ProcedureKind.PurgeTrust => "purge-trust" +
            (OlderThanDays is { } d ? string.Create(CultureInfo.InvariantCulture, $" --older-than {d}") : "") +
            string.Concat((TrustFiles ?? []).Select(f => " --file " + f)) + $" --cluster {Cluster}",
        ProcedureKind.VerifyIpsec => $"verify-ipsec --cluster {Cluster}",
        ProcedureKind.Exchange => $"exchange --from {Cluster} --to {TargetCluster}",
        ProcedureKind.Restore => $"restore {(Undo is { } r ? Runs.RunIds.ShortId(r.Run) : "?")}",
        ProcedureKind.Renew => $"renew {Unit} --cluster {Cluster}" + (MultiServer is { } multi ? " --distribution " + (multi ? "multi-server" : "single-node") : ""),
        _ => Kind.ToString(),
    };
}
