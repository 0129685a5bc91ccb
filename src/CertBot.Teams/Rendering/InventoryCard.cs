using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>The inventory card: nodes × certificates with expiry and days left; expired rows in attention, soon ones in warning.</summary>
internal static class InventoryCard
{
    private const int SoonDays = 30;

    public static AdaptiveCard Render(InventoryView inventory)
    {
        var filter = inventory.ExpiringWithinDays is { } days
            ? (days <= 0 ? "expired certificates" : $"certificates expiring within {days} days")
            : $"identity certificates, and trust certificates expiring within {SoonDays} days";
        var body = new List<CardElement>
        {
            CardParts.Heading($"Certificates of {inventory.Cluster}"),
            CardParts.Subtle($"{filter} · " + (inventory.AsOf ?? $"read {TimeWords.AtUtc(inventory.ReadAt)}")),
        };
        if (inventory.Expired > 0)
        {
            body.Add(CardParts.Note($"{inventory.Expired} expired", TextColor.Attention));
        }

        if (inventory.Rows.Count == 0)
        {
            body.Add(new TextBlock("Nothing to list."));
        }
        else
        {
            var rows = new List<TableRow> { new([TableCell.Of("Node"), TableCell.Of("Certificate"), TableCell.Of("Expires"), TableCell.Of("Days left")]) };
            rows.AddRange(inventory.Rows.Select(r => new TableRow(
                [TableCell.Of(r.Node), TableCell.Of($"{r.Store}: {r.File}"), TableCell.Of(r.NotAfter.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                 TableCell.Of(r.DaysLeft.ToString(System.Globalization.CultureInfo.InvariantCulture))])
            {
                Style = r.Expired ? ContainerStyle.Attention : r.DaysLeft <= SoonDays ? ContainerStyle.Warning : null,
            }));
            body.Add(new Table(
                [new TableColumnDefinition(ColumnWidth.Weight(2)), new TableColumnDefinition(ColumnWidth.Weight(4)),
                 new TableColumnDefinition(ColumnWidth.Weight(2)), new TableColumnDefinition(ColumnWidth.Weight(1))],
                rows) { FirstRowAsHeader = true, ShowGridLines = true });
        }

        if (inventory.NotShown > 0)
        {
            body.Add(CardParts.Subtle($"{inventory.NotShown} more not shown (the soonest to expire are listed): narrow with `certs {inventory.Cluster} expiring <days>`, or Show all."));
        }

        if (inventory.NodeErrors.Count > 0)
        {
            body.Add(new Container([CardParts.Note("Not read", TextColor.Attention), CardParts.Bullets(inventory.NodeErrors)]) { Style = ContainerStyle.Attention });
        }

        return new AdaptiveCard { Body = body, Actions = CardParts.Buttons(inventory.Actions ?? []), FallbackText = inventory.Summary, MsTeams = TeamsCardSettings.FullWidth };
    }
}
