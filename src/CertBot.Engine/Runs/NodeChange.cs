namespace CertBot.Engine.Runs;

/// <summary>
/// One change a step made on a node and verified there: the evidence a change manager asks for. Kept in the
/// journal line of the step's success (<see cref="JournalEntry.Changes"/>), never taken from the plan alone.
/// </summary>
/// <param name="Node">The node's name.</param>
/// <param name="What">The unit (<c>tomcat</c>), the trust entry (<c>tomcat-trust/Old_CA.pem</c>) or the service.</param>
/// <param name="OldSerial">The serial the node presented before (identity) or the deleted entry's serial.</param>
/// <param name="OldNotAfter">The old certificate's expiry, where it was known.</param>
/// <param name="NewSerial">The serial the node presents now (identity) or the imported entry's serial.</param>
/// <param name="NewNotAfter">The new certificate's expiry, where it was read.</param>
/// <param name="Note">What else the record needs ("propagated from cucm-pub", "from imp-pub", "12 trust entries").</param>
public sealed record NodeChange(
    ChangeKind Kind,
    string Node,
    string What,
    string? OldSerial = null,
    DateTimeOffset? OldNotAfter = null,
    string? NewSerial = null,
    DateTimeOffset? NewNotAfter = null,
    string? Note = null);
