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
    IReadOnlyList<string> ReleaseLocks);
