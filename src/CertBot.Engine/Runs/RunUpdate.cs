namespace CertBot.Engine.Runs;

/// <summary>
/// One atomic change: the run's new value, the journal lines and events that describe it, gates opened or
/// decided, and cluster locks taken or given back. A store commits all of it or none of it.
/// </summary>
/// <param name="ExpectedVersion">The version the change was made from; another writer in between is a conflict.</param>
public sealed record RunUpdate(
    Run Run,
    long ExpectedVersion,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<ProgressEvent> Events,
    IReadOnlyList<Gate> Gates,
    IReadOnlyList<string> AcquireLocks,
    IReadOnlyList<string> ReleaseLocks)
{
    /// <summary>
    /// When set, the update is committed only while this worker holds the run's lease (see
    /// <see cref="Storage.IRunLeaseStore"/>); otherwise it is a <see cref="Storage.RunConflictException"/>. A worker
    /// whose lease was taken over thus never commits an outcome over the recovering worker's decision.
    /// </summary>
    public string? LeaseOwner { get; init; }
}
