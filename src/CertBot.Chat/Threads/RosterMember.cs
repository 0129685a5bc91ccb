namespace CertBot.Chat.Threads;

/// <summary>One member of a conversation's roster.</summary>
/// <param name="Principal">The engine's principal of the member (<c>aad:&lt;object id&gt;</c>): the only thing matched against approvers.</param>
/// <param name="UserId">The member's id in conversations (Teams' <c>29:…</c>, what <c>refresh.userIds</c> names).</param>
/// <param name="Name">The display name; for logs only, never for matching (two people may share one).</param>
public sealed record RosterMember(string Principal, string UserId, string? Name);
