namespace CertBot.Chat.Grammar.Commands;

/// <summary>What an approver decided at a gate.</summary>
public enum RunDecision
{
    Approve,
    Reject,
}
