namespace CertBot.Chat.Views;

/// <summary>
/// Whom a gate card is drawn for: its buttons differ, what it says does not. Only a convenience for the eye:
/// the engine checks every click, whatever card it came from.
/// </summary>
public enum GateViewer
{
    /// <summary>The card everyone in the thread may click (every button of the gate): where no one-person views exist.</summary>
    Anyone,

    /// <summary>An approver of the run: Approve / Reject (Done / Cancel run on a confirmation).</summary>
    Approver,

    /// <summary>The person who requested the run: Cancel run (Done / Cancel run on a confirmation).</summary>
    Requester,

    /// <summary>Everyone else: the status, no buttons.</summary>
    Observer,
}
