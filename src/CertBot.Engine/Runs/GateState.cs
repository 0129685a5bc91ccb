namespace CertBot.Engine.Runs;

/// <summary>A gate is decided once; every later decision changes nothing.</summary>
public enum GateState
{
    Open,
    Approved,
    Rejected,
    Expired,

    /// <summary>The plan it was bound to no longer holds (drift) or the run ended.</summary>
    Void,
}
