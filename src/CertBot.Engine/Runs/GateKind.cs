namespace CertBot.Engine.Runs;

/// <summary>An approval (an approver, never the requester), a confirmation that a manual step is done, or the CA's answer.</summary>
public enum GateKind
{
    Approval,
    Confirmation,

    /// <summary>P9: the run waits for the CA's signed certificate; a person provides it and it is validated first.</summary>
    Certificate,
}
