using CertBot.Chat.Threads;

namespace CertBot.Chat.Storage;

/// <summary>
/// A plan shown in a thread and not yet requested: "Request approval" requests exactly this plan (the engine
/// binds the approval to its hash), not a new one.
/// </summary>
/// <param name="PlanJson">The plan as <c>EngineJson</c> writes it.</param>
/// <param name="Outcome">Null while open; what closed it otherwise (<c>requested run …</c>, <c>cancelled</c>).</param>
public sealed record PendingPlan(
    Guid Id,
    string ShownTo,
    ChatConversation Conversation,
    string PlanJson,
    DateTimeOffset CreatedAt,
    string? Outcome = null)
{
    public bool IsOpen => Outcome is null;
}
