using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>
/// Renders every chat view as a Block Kit message within Slack's limits (<see cref="BlockKitLimits"/>): the same
/// views the Teams front shows as Adaptive Cards.
/// </summary>
public static class SlackRenderer
{
    public static SlackMessage Render(ChatView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        IReadOnlyList<Block> blocks = view switch
        {
            TextView text => [.. BlockParts.Lines(Mrkdwn.FromMarkdown(text.Text).Split('\n'))],
            PlanView plan => PlanBlocks.Render(plan),
            GateView gate => GateBlocks.Render(gate),
            CsrView csr => CsrBlocks.Render(csr),
            ProgressView progress => ProgressBlocks.Render(progress),
            FailureView failure => FailureBlocks.Render(failure),
            InventoryView inventory => InventoryBlocks.Render(inventory),
            NodeCertificatesView node => NodeCertificatesBlocks.Render(node),
            SummaryView summary => SummaryBlocks.Render(summary),
            ExpiryView expiry => ExpiryBlocks.Render(expiry),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view.GetType().Name, "A view without a Block Kit rendering."),
        };
        return new SlackMessage(BlockKitLimits.Cut(view.Summary, BlockKitLimits.MessageText), BlockKitLimits.Fit(blocks));
    }
}
