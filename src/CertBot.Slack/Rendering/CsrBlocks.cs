using CertBot.Chat.Views;
using CertBot.Engine.Renewal;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>
/// The CSR message: each CSR's subject, SANs and key in plain words, its PEM in a code block (Slack offers to copy
/// it); a PEM longer than one section is split at line ends into parts that say so, so copying them in order gives
/// it whole. Then how to answer, or once answered the outcome.
/// </summary>
internal static class CsrBlocks
{
    public static List<Block> Render(CsrView csr)
    {
        List<Block> blocks =
        [
            HeaderBlock.Of(csr.IsOpen ? "Waiting for the signed certificate" : "Signed certificate"),
            SectionBlock.Markdown("*" + Mrkdwn.Escape(csr.Title) + "*"),
            SectionBlock.Facts([("Requested by", Mrkdwn.Escape(csr.RequestedBy)), ("CSRs", Mrkdwn.Escape(string.Join(", ", csr.Requests.Select(r => r.Node))))]),
        ];
        foreach (var request in csr.Requests)
        {
            var received = csr.Received.Contains(request.Node) ? " :white_check_mark: signed certificate received" : "";
            blocks.Add(new DividerBlock());
            blocks.Add(SectionBlock.Facts(
            [
                ("Node", Mrkdwn.Escape(request.Node) + received),
                ("Key", Mrkdwn.Escape(request.Key)),
                ("Subject", Mrkdwn.Escape(request.Subject)),
                ("SANs", Mrkdwn.Escape(string.Join(", ", request.DnsNames))),
            ]));
            var parts = PemParts(request);
            if (parts.Count > 1)
            {
                blocks.Add(ContextBlock.Markdown($"The CSR of {Mrkdwn.Escape(request.Node)} is split in {parts.Count} parts: copy them in order, one after the other."));
            }

            blocks.AddRange(parts);
        }

        blocks.Add(new DividerBlock());
        blocks.Add(csr.Outcome is { } outcome
            ? SectionBlock.Markdown((outcome.StartsWith("signed", StringComparison.Ordinal) ? ":white_check_mark: " : ":x: ") + Mrkdwn.Escape(char.ToUpperInvariant(outcome[0]) + outcome[1..])) with { BlockId = "outcome" }
            : SectionBlock.Markdown(Mrkdwn.FromMarkdown(csr.HowToAnswer)));
        blocks.AddRange(BlockParts.Buttons(csr.Actions, "csr"));
        return blocks;
    }

    /// <summary>Whether the CSR's PEM takes more than one code block (then it is shared as a file too).</summary>
    public static bool IsSplit(SigningRequestFacts request) => PemParts(request).Count > 1;

    private static List<Block> PemParts(SigningRequestFacts request) =>
        [.. BlockParts.Lines(request.Pem.TrimEnd('\n').Split('\n').Select(Mrkdwn.Escape), code: true)];
}
