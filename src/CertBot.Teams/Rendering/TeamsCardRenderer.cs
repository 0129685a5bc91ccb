using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>Renders every chat view the bot posts as an Adaptive Card 1.5; text answers stay text messages.</summary>
public static class TeamsCardRenderer
{
    /// <summary>The card for a view, or null for a <see cref="TextView"/> (sent as a Markdown message).</summary>
    public static AdaptiveCard? Render(ChatView view) => view switch
    {
        TextView => null,
        PlanView plan => PlanCard.Render(plan),
        GateView gate => GateCard.Render(gate),
        CsrView csr => CsrCard.Render(csr),
        ProgressView progress => ProgressCard.Render(progress),
        FailureView failure => FailureCard.Render(failure),
        InventoryView inventory => InventoryCard.Render(inventory),
        NodeCertificatesView node => NodeCertificatesCard.Render(node),
        SummaryView summary => SummaryCard.Render(summary),
        ExpiryView expiry => ExpiryCard.Render(expiry),
        _ => throw new ArgumentOutOfRangeException(nameof(view), view.GetType().Name, "A view without a card."),
    };
}
