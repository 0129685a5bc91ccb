using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>
/// The CSR card: each CSR with its subject, SANs and key in plain words, and its PEM in a multi-line text field, where
/// select-all and copy take it exactly, line breaks included (a text block's Markdown would join or reflow the lines);
/// then how to answer. Answered or ended: the outcome instead, the CSRs kept for the record.
/// </summary>
internal static class CsrCard
{
    public static AdaptiveCard Render(CsrView csr)
    {
        var body = new List<CardElement>
        {
            CardParts.Heading(csr.IsOpen ? "Waiting for the signed certificate" : "Signed certificate"),
            new TextBlock(csr.Title) { Weight = TextWeight.Bolder },
            new FactSet([new Fact("Requested by", csr.RequestedBy), new Fact("CSRs", string.Join(", ", csr.Requests.Select(r => r.Node)))]),
        };
        foreach (var request in csr.Requests)
        {
            var received = csr.Received.Contains(request.Node) ? " (signed certificate received)" : "";
            body.Add(new FactSet(
            [
                new Fact("Node", request.Node + received),
                new Fact("Subject", request.Subject),
                new Fact("SANs", string.Join(", ", request.DnsNames)),
                new Fact("Key", request.Key),
            ]) { Separator = true });
            body.Add(new TextInput("csr-" + request.Node) { Label = $"CSR of {request.Node} (select all and copy)", IsMultiline = true, Value = request.Pem });
        }

        body.Add(csr.Outcome is { } outcome
            ? CardParts.Note(char.ToUpperInvariant(outcome[0]) + outcome[1..], outcome.StartsWith("signed", StringComparison.Ordinal) ? TextColor.Good : TextColor.Attention) with { Separator = true }
            : new TextBlock(csr.HowToAnswer) { Separator = true });
        return new AdaptiveCard
        {
            Body = body,
            // The CSR fields are for copying: a click sends none of them back.
            Actions = csr.Actions.Count == 0 ? null : [.. csr.Actions.Select(a => (CardAction)(CardActions.Execute(a.Title, a.Verb, a.Data) with { AssociatedInputs = AssociatedInputs.None }))],
            FallbackText = csr.Summary,
        };
    }
}
