using CertBot.Engine.Model;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// A mixed cluster (P2, P5): the unit is CA-signed on some nodes and self-signed on the others. The CA-signed
/// certificate is never replaced; the plan says so at the top, follows the request's <see cref="MixedChoice"/>
/// and names the other choices with their spelling, so asking for another plan is one command away.
/// </summary>
internal static class MixedCluster
{
    /// <summary>The nodes whose services are restarted: the regenerated ones, or every node of the unit for <see cref="MixedChoice.AllButIt"/>.</summary>
    public static IReadOnlyList<NodeRef> RestartOn(
        PlanningContext context, CertificateUnit unit, IReadOnlyList<NodeRef> nodes, IReadOnlyList<NodeRef> selfSigned, IReadOnlyList<NodeRef> caSigned)
    {
        if (caSigned.Count == 0 || selfSigned.Count == 0)
        {
            return selfSigned;
        }

        var ca = string.Join(", ", caSigned.Select(n => n.Name));
        var head = $"Mixed cluster: {unit} is CA-signed on {ca} but self-signed on {string.Join(", ", selfSigned.Select(n => n.Name))}";
        var request = context.Request with { Mixed = null };
        string Other(MixedChoice choice) => $"`{request with { Mixed = choice }}`";
        switch (context.Request.Mixed ?? MixedChoice.SkipNode)
        {
            case MixedChoice.Stop:
                context.Plan.Block($"{head}: stopped as asked; renew {ca} through a CSR, or plan {Other(MixedChoice.SkipNode)} or {Other(MixedChoice.AllButIt)}");
                return selfSigned;
            case MixedChoice.AllButIt:
                context.Plan.Warn($"{head}. This plan regenerates all but {ca} and restarts the services on every node, {ca} included (it loads the peers' new certificates). "
                    + $"Other choices: skip {ca} entirely ({Other(MixedChoice.SkipNode)}) or stop ({Other(MixedChoice.Stop)}, or cancel)");
                return nodes.Where(n => selfSigned.Contains(n) || caSigned.Contains(n)).ToList();
            default:
                context.Plan.Warn($"{head}. This plan skips {ca} entirely: no regeneration, no restart there. "
                    + $"Other choices: regenerate all but {ca} and restart everywhere ({Other(MixedChoice.AllButIt)}) or stop ({Other(MixedChoice.Stop)}, or cancel)");
                return selfSigned;
        }
    }
}
