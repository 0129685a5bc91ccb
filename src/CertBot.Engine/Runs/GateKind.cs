namespace CertBot.Engine.Runs;

/// <summary>An approval (an approver, never the requester) or a confirmation that a manual step is done.</summary>
public enum GateKind
{
    Approval,
    Confirmation,
}
