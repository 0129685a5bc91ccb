using CertBot.Teams.Cards;

namespace CertBot.Teams.Tests.Support;

/// <summary>Cards that exercise the model, shared by the shape tests and the renderer check.</summary>
internal static class SampleCards
{
    /// <summary>Every element and action type of the model, with most of their properties.</summary>
    public static AdaptiveCard EveryElement() => new()
    {
        FallbackText = "Progress of run r-42",
        MsTeams = TeamsCardSettings.FullWidth,
        Body =
        [
            new TextBlock("Regenerate tomcat") { Size = TextSize.Large, Color = TextColor.Good, FontType = FontType.Monospace, Id = "title" },
            new Container([new TextBlock("✗ Restart Cisco Tomcat on cm2") { IsSubtle = true }]) { Style = ContainerStyle.Attention, Spacing = Spacing.Medium },
            new ColumnSet(
            [
                new Column([new TextBlock("✓")]) { Width = ColumnWidth.Auto },
                new Column([new TextBlock("Regenerate on cm1")]) { Width = ColumnWidth.Stretch },
                new Column([]) { Width = ColumnWidth.Weight(3), Style = ContainerStyle.Good, MinHeight = "8px" },
                new Column([]) { Width = ColumnWidth.Pixels(40) },
            ]),
            new Table(
                [new TableColumnDefinition(ColumnWidth.Weight(2)), new TableColumnDefinition(ColumnWidth.Pixels(60))],
                [
                    new TableRow([TableCell.Of("Node"), TableCell.Of("Days left")]),
                    new TableRow([TableCell.Of("cm1"), TableCell.Of("-3")]) { Style = ContainerStyle.Attention },
                ])
            { FirstRowAsHeader = true, ShowGridLines = true },
            new TextInput("comment") { Label = "Comment", IsMultiline = true, MaxLength = 500 },
            new ActionSet([new SubmitAction("Send") { Data = new Dictionary<string, string> { ["verb"] = "comment" } }]),
        ],
        Actions = [new OpenUrlAction("Runbook", new Uri("https://example.org/runbook")) { Tooltip = "How this procedure works" }],
    };

    /// <summary>The approval card of chat-protocols.md §5.1.</summary>
    public static AdaptiveCard Approval()
    {
        var data = new Dictionary<string, string> { ["requestId"] = "r-42" };
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Regenerate tomcat on cm1?") { Weight = TextWeight.Bolder },
                new FactSet([new Fact("Requested by", "Alex"), new Fact("Nodes", "cm1, cm2")]),
                new TextInput("comment") { Label = "Comment", Placeholder = "Why (optional)", IsMultiline = true },
            ],
            Actions = [CardActions.Execute("Approve", "approve", data), CardActions.Execute("Reject", "reject", data)],
            Refresh = new CardRefresh(new ExecuteAction("Refresh", "refresh") { Data = data }, ["29:approver-mri-1", "29:approver-mri-2"]),
        };
    }
}
