using CertBot.Engine.Model;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// A regeneration asked for a unit that is CA-signed on every node that has it: a regeneration would replace it
/// with a self-signed certificate, so the answer is the renewal through a CSR (P9), with the reasons first. The
/// planner plans the renewal request in the same facts; the plan, and a run of it, are the renewal's.
/// </summary>
/// <param name="Request">The renewal that answers the regeneration (the distribution the current certificates have).</param>
/// <param name="Reasons">Per node, why: "tomcat on cucm-pub is CA-signed by …: renewing through a CSR keeps it CA-signed".</param>
public sealed record RenewalHandover(ProcedureRequest Request, IReadOnlyList<PlanDecision> Reasons)
{
    /// <summary>The handover for <paramref name="caSigned"/>, every holder of the unit.</summary>
    internal static RenewalHandover For(ProcedureRequest regeneration, CertificateUnit unit, IReadOnlyList<(NodeRef Node, CertificateInfo Current)> caSigned) =>
        new(ProcedureRequest.Renew(regeneration.Cluster, unit),
            [.. caSigned.Select(c => new PlanDecision(c.Node.Name, $"{unit} on {c.Node.Name} is CA-signed by {c.Current.Issuer}: renewing through a CSR keeps it CA-signed"))]);

    /// <summary>Writes the reasons at the top of the renewal's plan, and the line the approver reads first.</summary>
    internal void Explain(PlanBuilder plan)
    {
        plan.Warn($"Asked to regenerate {Request.Unit}: it is CA-signed on every node that has it, and a regeneration would replace it with a self-signed certificate. " +
            $"This is the plan to renew it through a CSR the CA signs (`{Request}`)");
        foreach (var reason in Reasons)
        {
            plan.Decide(reason.Subject, reason.Text);
        }
    }
}
