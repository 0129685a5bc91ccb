using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>
/// The approval (Approve / Reject) or the confirmation of a manual step (Done / Cancel run). Once decided the
/// buttons are gone and the message says who decided when.
/// </summary>
internal static class GateBlocks
{
    public static List<Block> Render(GateView gate)
    {
        var facts = new List<(string, string)>
        {
            ("Requested by", Mrkdwn.Escape(gate.RequestedBy)),
            ("Request", $"`{Mrkdwn.Escape(gate.Request)}`"),
            ("Plan", $"`{Mrkdwn.Escape(gate.ShortHash)}`"),
            ("Nodes", gate.Nodes.Count == 0 ? "none" : Mrkdwn.Escape(string.Join(", ", gate.Nodes))),
            ("Impact", Mrkdwn.Escape(gate.Impact)),
        };
        if (gate.ExpiresAt is { } expires && gate.IsOpen)
        {
            facts.Add(("Expires", TimeWords.At(expires)));
        }

        List<Block> blocks =
        [
            HeaderBlock.Of(gate.IsConfirmation ? "Confirmation needed" : "Approval needed"),
            SectionBlock.Markdown("*" + Mrkdwn.Escape(gate.Title) + "*"),
            SectionBlock.Facts(facts),
            .. BlockParts.Lines(gate.Warnings.Select(BlockParts.Warning)),
        ];
        foreach (var install in gate.Installs ?? [])
        {
            var certificate = install.Facts;
            blocks.Add(SectionBlock.Markdown("*Installs: " + Mrkdwn.Escape(install.Role) + "*"));
            blocks.Add(SectionBlock.Facts(
            [
                ("Subject", Mrkdwn.Escape(certificate.Subject)),
                ("Issuer", Mrkdwn.Escape(certificate.Issuer)),
                ("SANs", certificate.DnsNames.Count == 0 ? "none" : Mrkdwn.Escape(string.Join(", ", certificate.DnsNames))),
                ("Valid", certificate.Validity),
                ("Serial", $"`{certificate.Serial}`"),
                ("SHA-256", $"`{certificate.Sha256}`"),
            ]));
        }

        if (gate.More is { } more)
        {
            blocks.Add(ContextBlock.Markdown("… " + Mrkdwn.FromMarkdown(more)));
        }

        if (gate.Reach is { } reach)
        {
            blocks.Add(ContextBlock.Markdown(Mrkdwn.Escape(reach)));
        }

        if (gate.Outcome is { } outcome)
        {
            var good = outcome.StartsWith("approved", StringComparison.Ordinal) || outcome.StartsWith("confirmed", StringComparison.Ordinal);
            blocks.Add(SectionBlock.Markdown((good ? ":white_check_mark: " : ":x: ") + Capitalise(Mrkdwn.Escape(outcome))) with { BlockId = "outcome" });
        }
        else if (gate.TakesComment)
        {
            // As on Teams: a reason can go with Approve or Reject (Slack sends it in the click's state).
            blocks.Add(new InputBlock(
                TextObject.Plain("Comment (optional)", BlockKitLimits.InputLabel),
                new PlainTextInput(ChatVerbs.CommentKey, TextObject.Plain("Why you approve or reject", BlockKitLimits.Placeholder), Multiline: true, MaxLength: 500))
            { BlockId = "comment" });
        }

        if ((gate.ExpiresAt is not null && gate.IsOpen) || gate.Outcome is not null)
        {
            blocks.Add(BlockParts.ZoneNote());
        }

        blocks.AddRange(BlockParts.Buttons(gate.Actions, "gate"));
        return blocks;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
