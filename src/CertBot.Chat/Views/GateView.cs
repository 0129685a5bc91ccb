namespace CertBot.Chat.Views;

/// <summary>
/// A gate of a run in the thread: an approval (Approve / Reject with a comment) or the confirmation of a manual
/// step (Done). Once decided the buttons are gone and <see cref="Outcome"/> says who decided when; an expired
/// gate says so.
/// </summary>
/// <param name="RequestedBy">Who asked for the run (display name when known).</param>
/// <param name="Warnings">On an approval: the plan's lines the approver must read first, each on its own line.</param>
/// <param name="Outcome">Null while the gate is open.</param>
/// <param name="More">What the view leaves out of a long list and how to see all of it; null when it shows everything.</param>
/// <param name="Installs">A renewal's installation approval: the certificates it will install (issuer, subject, SANs, validity, fingerprints).</param>
/// <param name="Viewer">Whom the buttons are for.</param>
/// <param name="Reach">While open: where the approvers got the card and who cannot be reached yet; null when there is nothing to say.</param>
/// <param name="RefreshUserIds">
/// Platform user ids that get their own view of the card (Teams' <c>refresh.userIds</c>: approvers and the requester);
/// null where the platform refreshes for everyone or not at all.
/// </param>
public sealed record GateView(
    Guid RunId,
    Guid GateId,
    bool IsConfirmation,
    string Title,
    string Request,
    string RequestedBy,
    string ShortHash,
    IReadOnlyList<string> Nodes,
    string Impact,
    IReadOnlyList<string> Warnings,
    DateTimeOffset? ExpiresAt,
    string? Outcome,
    IReadOnlyList<ViewAction> Actions,
    string? More = null,
    IReadOnlyList<InstalledCertificate>? Installs = null,
    GateViewer Viewer = GateViewer.Anyone,
    string? Reach = null,
    IReadOnlyList<string>? RefreshUserIds = null) : ChatView
{
    public bool IsOpen => Outcome is null;

    /// <summary>Whether the card asks for a decision with a reason (Approve / Reject): it then offers a comment box.</summary>
    public bool TakesComment => !IsConfirmation && Actions.Any(a => a.Verb is ChatVerbs.Approve or ChatVerbs.Reject);

    public override string Summary => IsOpen
        ? (IsConfirmation ? $"Waiting for confirmation: {Title}" : $"Approval needed: {Title}")
        : $"{Title}: {Outcome}";
}
