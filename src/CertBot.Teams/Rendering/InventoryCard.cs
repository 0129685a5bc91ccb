using System.Globalization;
using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>
/// The compact inventory card: a table with one row of counts per node (expired rows in attention, expiring ones in
/// warning) and an All certificates button each, then the certificates that need attention, most urgent first.
/// </summary>
internal static class InventoryCard
{
    /// <summary>The card's share of Teams' 28 KB: the activity around it (ids, conversation, fallback text) counts too.</summary>
    private const int Budget = CardJson.MaxBytes - (4 * 1024);

    public static AdaptiveCard Render(InventoryView inventory)
    {
        var card = Build(inventory);
        // 40 attention lines and 20 nodes of the lab's names take about 24 KB; longer node names or more nodes trade
        // attention lines for room, and the card says how many it left out.
        while (CardJson.SizeInBytes(card) > Budget && inventory.Attention.Count > 0)
        {
            inventory = inventory.Keeping(inventory.Attention.Count * 3 / 4);
            card = Build(inventory);
        }

        return card;
    }

    private static AdaptiveCard Build(InventoryView inventory)
    {
        var body = new List<CardElement>
        {
            CardParts.Heading($"Certificates of {inventory.Cluster}"),
            CardParts.Subtle($"{inventory.Filter} · " + (inventory.AsOf ?? $"read {TimeWords.AtUtc(inventory.ReadAt)}")),
        };
        if (inventory.Expired > 0)
        {
            body.Add(CardParts.Note($"{inventory.Expired} expired", TextColor.Attention));
        }

        if (inventory.Nodes.Count > 0)
        {
            body.Add(Nodes(inventory));
        }

        body.AddRange(Attention(inventory));
        if (inventory.NodeErrors.Count > 0)
        {
            body.Add(new Container([CardParts.Note("Not read", TextColor.Attention), CardParts.Bullets(inventory.NodeErrors)]) { Style = ContainerStyle.Attention });
        }

        return new AdaptiveCard { Body = body, Actions = CardParts.Buttons(inventory.Actions ?? []), FallbackText = inventory.Summary, MsTeams = TeamsCardSettings.FullWidth };
    }

    private static Table Nodes(InventoryView inventory)
    {
        var header = new TableRow([TableCell.Of("Node"), TableCell.Of("Identity valid"), TableCell.Of($"Expiring ≤ {inventory.ThresholdDays} d"),
            TableCell.Of("Expired"), TableCell.Of("Trust expired"), TableCell.Of("Services down"), TableCell.Of("")]);
        var rows = inventory.Nodes.Select(n => new TableRow(
        [
            new TableCell([new TextBlock(n.Node) { Weight = TextWeight.Bolder }, CardParts.Subtle(n.Read ? n.Description : $"{n.Description} · not read")]),
            Count(n.IdentityValid), Count(n.IdentityExpiring), Count(n.IdentityExpired), Count(n.TrustExpired),
            n.ServicesDown is { } down ? Count(down) : TableCell.Of("–"),
            new TableCell([new ActionSet([CardActions.Execute(n.ShowAll.Title, n.ShowAll.Verb, n.ShowAll.Data)])]),
        ])
        {
            Style = n.HasExpired || !n.Read ? ContainerStyle.Attention : n.IdentityExpiring > 0 ? ContainerStyle.Warning : null,
        });
        return new Table(
            [new TableColumnDefinition(ColumnWidth.Weight(3)), .. Enumerable.Repeat(new TableColumnDefinition(ColumnWidth.Weight(1)), 5),
             new TableColumnDefinition(ColumnWidth.Weight(2))],
            [header, .. rows]) { FirstRowAsHeader = true, ShowGridLines = true };
    }

    /// <summary>Expired ones in an attention box, expiring ones in a warning box; one text block each keeps the card small.</summary>
    private static IEnumerable<CardElement> Attention(InventoryView inventory)
    {
        if (inventory.Attention.Count == 0)
        {
            yield return new TextBlock(inventory.NothingNeedsAttention);
            yield break;
        }

        yield return new TextBlock("Needs attention, most urgent first") { Weight = TextWeight.Bolder };
        var expired = inventory.Attention.Where(r => r.Expired).Select(InventoryRow.Line).ToList();
        if (expired.Count > 0)
        {
            yield return new Container([CardParts.Bullets(expired)]) { Style = ContainerStyle.Attention, Spacing = Spacing.Small };
        }

        var expiring = inventory.Attention.Where(r => !r.Expired).Select(InventoryRow.Line).ToList();
        if (expiring.Count > 0)
        {
            yield return new Container([CardParts.Bullets(expiring)]) { Style = ContainerStyle.Warning, Spacing = Spacing.Small };
        }

        if (inventory.NotShownHint is { } hint)
        {
            yield return CardParts.Subtle(hint);
        }
    }

    /// <summary>A number in a cell: no wrapping needed, and the attribute left out keeps 20 rows of counts small.</summary>
    private static TableCell Count(int value) => new([new TextBlock(value.ToString(CultureInfo.InvariantCulture)) { Wrap = null }]);
}
