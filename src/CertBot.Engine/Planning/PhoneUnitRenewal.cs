using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// What a renewed CallManager certificate (or its ECDSA twin) asks for around its restarts (platform-cli.md §3.6 and
/// pre-checks): in mixed mode the CTL file must carry the new certificate before Cisco CallManager restarts, and the
/// phones re-register after it, which someone checks before the next phone-affecting change.
/// </summary>
internal static class PhoneUnitRenewal
{
    private const string SecurityMode = "ClusterSecurityMode";

    /// <summary>Reads the security mode on the Unified CM publisher; mixed mode adds the CTL update, an unread mode blocks.</summary>
    public static async Task BeforeRestartsAsync(PlanningContext context, ClusterNodes cluster, CertificateUnit unit, CancellationToken cancellationToken)
    {
        if (cluster.Publisher(Product.Cucm) is not { } publisher)
        {
            return;
        }

        var (mode, unread) = await EnterpriseParameter.ReadAsync(await context.Facts.ForAsync(publisher, cancellationToken), SecurityMode, cancellationToken);
        switch (mode)
        {
            case "0":
                context.Plan.Decide(cluster.Name, $"security mode: non-secure ({SecurityMode} = 0): no CTL update before the restarts");
                break;
            case "1":
                context.Plan.Decide(cluster.Name, $"security mode: mixed ({SecurityMode} = 1): the CTL file is updated before Cisco CallManager restarts");
                context.Plan.Manual(publisher, "Update the CTL file",
                    $"the cluster is in mixed mode: run utils ctl update CTLFile on {publisher.Name} (or the CTL client) so the CTL carries the new {unit} certificate, then confirm; the restarts follow");
                break;
            default:
                context.Plan.Block($"the security mode of {cluster.Name} could not be read on {publisher.Name} ({(mode is null ? unread : SecurityMode + " = " + mode)}): in mixed mode the CTL file must be updated before the restarts");
                break;
        }
    }

    /// <summary>The check after the restarts: every phone registered again before anything else touches them.</summary>
    public static void AfterRestarts(PlanningContext context, CertificateUnit unit, IReadOnlyList<NodeRef> covered) =>
        context.Plan.Manual(null, "Check that the phones registered again",
            $"the phones of {string.Join(", ", covered.Where(n => n.Product == Product.Cucm).Select(n => n.Name))} re-registered after the {unit} restarts " +
            "(RTMT, Device Search): reset those that did not, then confirm; no other phone-affecting change before that");
}
