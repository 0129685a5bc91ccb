using System.Globalization;
using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>The expiry watch's card: what crossed a threshold (or the week's digest) node by node, and a button per remedy.</summary>
internal static class ExpiryCard
{
    public static AdaptiveCard Render(ExpiryView expiry)
    {
        var body = new List<CardElement>
        {
            CardParts.Heading(expiry.Heading),
            CardParts.Subtle($"read {TimeWords.AtUtc(expiry.ReadAt)} · each certificate is announced once per threshold"),
        };
        var rows = new List<TableRow> { new([TableCell.Of("Node"), TableCell.Of("Certificate"), TableCell.Of("Signed"), TableCell.Of("Expires"), TableCell.Of("Fix")]) };
        rows.AddRange(expiry.Rows.Select(r => new TableRow(
            [TableCell.Of(r.Node), TableCell.Of(r.What), TableCell.Of(r.SelfSigned ? "self" : "CA"),
             TableCell.Of(r.NotAfter.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (r.Expired ? " (expired)" : string.Create(CultureInfo.InvariantCulture, $" ({r.DaysLeft} d)"))),
             TableCell.Of(r.Remedy)])
        {
            Style = r.Expired ? ContainerStyle.Attention : ContainerStyle.Warning,
        }));
        body.Add(new Table(
            [new TableColumnDefinition(ColumnWidth.Weight(2)), new TableColumnDefinition(ColumnWidth.Weight(4)), new TableColumnDefinition(ColumnWidth.Weight(1)),
             new TableColumnDefinition(ColumnWidth.Weight(3)), new TableColumnDefinition(ColumnWidth.Weight(2))],
            rows) { FirstRowAsHeader = true, ShowGridLines = true });
        if (expiry.NotShown > 0)
        {
            body.Add(CardParts.Subtle(string.Create(CultureInfo.InvariantCulture, $"{expiry.NotShown} more not shown (the soonest are listed): `certs {expiry.Cluster} expiring <days>` lists them all.")));
        }

        body.Add(CardParts.Subtle(expiry.Actions.Count == 0
            ? "Nothing here is fixed by a CertBot procedure: trust certificates are renewed by their issuer, and purged once expired."
            : "Each button shows the plan first; nothing changes before an approver approves."));
        return new AdaptiveCard { Body = body, Actions = CardParts.Buttons(expiry.Actions), FallbackText = expiry.Summary, MsTeams = TeamsCardSettings.FullWidth };
    }
}
