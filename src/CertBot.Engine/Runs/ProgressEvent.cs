namespace CertBot.Engine.Runs;

/// <summary>
/// An outbox entry, written in the same transaction as the state change it describes, for the chat fronts
/// to deliver (coalesced per thread). <see cref="Id"/> is assigned by the store.
/// </summary>
public sealed record ProgressEvent(
    long Id,
    Guid RunId,
    DateTimeOffset At,
    ProgressKind Kind,
    RunState State,
    string Message,
    int? StepIndex = null,
    DateTimeOffset? DeliveredAt = null);
