using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>
/// Every certificate of one node (or one page of them): identity certificates, then trust certificates, one line each,
/// those that need attention marked. Lines in one text block per group, not table rows: a node's 60–100 certificates
/// as a table would approach Teams' 28 KB.
/// </summary>
internal static class NodeCertificatesCard
{
    public static AdaptiveCard Render(NodeCertificatesView node)
    {
        var body = new List<CardElement>
        {
            CardParts.Heading($"Certificates of {node.Node}"),
            CardParts.Subtle($"{node.Description} of {node.Cluster} · {node.Range} · " + (node.AsOf ?? $"read {TimeWords.AtUtc(node.ReadAt)}")),
        };
        if (node.Error is { } error)
        {
            body.Add(new Container([CardParts.Note("Not read completely", TextColor.Attention), new TextBlock(ViewLimits.Cut(error))]) { Style = ContainerStyle.Attention });
        }

        body.AddRange(Group("Identity certificates", node, node.Rows.Where(r => r.IsIdentity)));
        body.AddRange(Group("Trust certificates", node, node.Rows.Where(r => !r.IsIdentity)));
        if (node.Total == 0)
        {
            body.Add(new TextBlock("No certificate was read from this node."));
        }

        if (node.NotShown > 0)
        {
            body.Add(CardParts.Subtle(NodeCertificatesView.NotShownHint(node.NotShown)));
        }

        return new AdaptiveCard { Body = body, FallbackText = node.Summary, MsTeams = TeamsCardSettings.FullWidth };
    }

    private static IEnumerable<CardElement> Group(string title, NodeCertificatesView node, IEnumerable<InventoryRow> rows)
    {
        var lines = rows.Select(node.Line).ToList();
        if (lines.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock($"{title} ({lines.Count})") { Weight = TextWeight.Bolder };
        yield return CardParts.Bullets(lines);
    }
}
