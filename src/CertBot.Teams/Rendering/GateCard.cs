using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>
/// The approval card (who asked, what exactly, Approve / Reject with a comment) and the confirmation card of a
/// manual step (Done), drawn for a <see cref="GateViewer"/>; where the approvers got it and who cannot be reached yet.
/// Decided: no buttons, who decided when. Teams refreshes it for the listed users, so each sees their own buttons
/// (a convenience only: the engine checks every click).
/// </summary>
internal static class GateCard
{
    public static AdaptiveCard Render(GateView gate)
    {
        var body = new List<CardElement>
        {
            CardParts.Heading(gate.IsConfirmation ? "Confirmation needed" : "Approval needed"),
            new TextBlock(gate.Title) { Weight = TextWeight.Bolder },
            new FactSet(
            [
                new Fact("Requested by", gate.RequestedBy),
                new Fact("Request", gate.Request),
                new Fact("Plan", gate.ShortHash),
                new Fact("Nodes", gate.Nodes.Count == 0 ? "none" : string.Join(", ", gate.Nodes)),
                new Fact("Impact", gate.Impact),
                .. gate.ExpiresAt is { } expires ? [new Fact("Expires", TimeWords.At(expires))] : Array.Empty<Fact>(),
            ]),
        };
        if (gate.Warnings.Count > 0)
        {
            body.Add(CardParts.Warnings(gate.Warnings));
        }

        foreach (var install in gate.Installs ?? [])
        {
            body.Add(new TextBlock("Installs: " + install.Role) { Weight = TextWeight.Bolder, Separator = true });
            body.Add(new FactSet(
            [
                new Fact("Subject", install.Facts.Subject),
                new Fact("Issuer", install.Facts.Issuer),
                new Fact("SANs", install.Facts.DnsNames.Count == 0 ? "none" : string.Join(", ", install.Facts.DnsNames)),
                new Fact("Valid", install.Facts.Validity),
                new Fact("Serial", install.Facts.Serial),
                new Fact("SHA-256", install.Facts.Sha256),
            ]) { Spacing = Spacing.Small });
        }

        if (gate.More is { } more)
        {
            body.Add(CardParts.Subtle("… " + more));
        }

        if (gate.Reach is { } reach)
        {
            body.Add(CardParts.Subtle(reach));
        }

        if (gate.Outcome is { } outcome)
        {
            var color = outcome.StartsWith("approved", StringComparison.Ordinal) || outcome.StartsWith("confirmed", StringComparison.Ordinal)
                ? TextColor.Good : TextColor.Attention;
            body.Add(CardParts.Note(Capitalise(outcome), color) with { Separator = true });
        }
        else if (gate.TakesComment)
        {
            body.Add(new TextInput(ChatVerbs.CommentKey) { Label = "Comment (optional)", Placeholder = "Why you approve or reject", IsMultiline = true, MaxLength = 500 });
        }

        if (gate.ExpiresAt is not null || gate.Outcome is not null)
        {
            body.Add(CardParts.ZoneNote());
        }

        var data = new Dictionary<string, string>
        {
            [ChatVerbs.RunKey] = gate.RunId.ToString("D"),
            [ChatVerbs.GateKey] = gate.GateId.ToString("D"),
        };
        return new AdaptiveCard
        {
            Body = body,
            Actions = CardParts.Buttons(gate.Actions),
            FallbackText = gate.Summary,
            // The listed users (approvers, the requester) get their own view of the card: approvers Approve / Reject,
            // the requester Cancel run; everyone else sees the card as posted. Without a list, everyone refreshes.
            Refresh = gate.IsOpen ? new CardRefresh(new ExecuteAction("Refresh", ChatVerbs.Refresh) { Data = data }, gate.RefreshUserIds) : null,
        };
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
