using CertBot.Chat.Threads;

namespace CertBot.Chat.Approvers;

/// <summary>A personal conversation an approver's copy of a gate card goes to.</summary>
/// <param name="Principal">The approver's identity the conversation belongs to (the copy's key).</param>
/// <param name="Name">The approver as people read it.</param>
public sealed record GateTarget(string Principal, string Name, ChatConversation Conversation);
