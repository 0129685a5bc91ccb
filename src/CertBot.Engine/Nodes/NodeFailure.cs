namespace CertBot.Engine.Nodes;

/// <summary>Why a node operation failed, as a procedure needs to tell them apart.</summary>
public enum NodeFailure
{
    HostKeyMismatch,
    AuthenticationFailed,
    Unreachable,
    CommandFailed,
    Timeout,
    UnexpectedPrompt,
    SessionLost,
    VerificationFailed,

    /// <summary>The node already has as many CertBot sessions as allowed, and none ended in time.</summary>
    Busy,
}
