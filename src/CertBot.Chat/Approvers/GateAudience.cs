using CertBot.Chat.Storage;
using CertBot.Chat.Views;

namespace CertBot.Chat.Approvers;

/// <summary>
/// Who an approval gate is for, as far as the bot can reach them: the approvers' personal conversations (where
/// their copy of the card goes), the approvers it cannot reach yet, and the platform user ids of the approvers and
/// the requester (each gets their own view of the card in the thread where the platform can do that).
/// </summary>
/// <param name="Unreachable">Approvers (by name) with no conversation the bot can post into.</param>
public sealed record GateAudience(
    IReadOnlyList<GateTarget> Targets,
    IReadOnlyList<string> Unreachable,
    IReadOnlyList<ChatContact> ApproverContacts,
    IReadOnlyList<ChatContact> RequesterContacts)
{
    /// <summary>A confirmation, or a gate of nobody the bot knows: no copies, no one-person views.</summary>
    public static GateAudience Empty { get; } = new([], [], [], []);

    /// <summary>Teams' limit on a card's <c>refresh.userIds</c>.</summary>
    private const int MaxUserIds = 60;

    /// <summary>"Sent to Alan in their chat with CertBot. Not reachable yet: Bob (say hi to CertBot once)."; null when no approver is named.</summary>
    public string? Reach
    {
        get
        {
            var reached = Targets.Select(t => t.Name).Distinct(StringComparer.Ordinal).ToList();
            var parts = new List<string>();
            if (reached.Count > 0)
            {
                parts.Add($"Sent to {string.Join(", ", reached)} in their chat with CertBot.");
            }

            if (Unreachable.Count > 0)
            {
                parts.Add($"Not reachable yet: {string.Join(", ", Unreachable)} (say hi to CertBot once).");
            }

            return parts.Count == 0 ? null : string.Join(" ", parts);
        }
    }

    /// <summary>
    /// What the card shared in a thread on <paramref name="platform"/> shows everyone: the status only, once at least
    /// one approver gets their own view there (their buttons come with it); all the gate's buttons otherwise, so
    /// approvers the bot has not met yet can still decide on it.
    /// </summary>
    public GateViewer SharedViewer(string platform) => UserIds(ApproverContacts, platform).Count > 0 ? GateViewer.Observer : GateViewer.Anyone;

    /// <summary>The ids that get their own view of the shared card (approvers, then the requester); null while no approver's id is known.</summary>
    public IReadOnlyList<string>? RefreshUserIds(string platform)
    {
        var approvers = UserIds(ApproverContacts, platform);
        return approvers.Count == 0 ? null : [.. approvers.Concat(UserIds(RequesterContacts, platform)).Distinct(StringComparer.Ordinal).Take(MaxUserIds)];
    }

    private static List<string> UserIds(IEnumerable<ChatContact> contacts, string platform) =>
        [.. contacts.Where(c => c.Platform == platform && c.UserId is { Length: > 0 }).Select(c => c.UserId!)];
}
