namespace CertBot.Engine.Runs;

/// <summary>What happened to one plan step in a run.</summary>
/// <param name="Detail">The verified result ("new serial 5A01, expires 2028-11-21") or the failure.</param>
public sealed record StepOutcome(
    int Index,
    StepStatus Status,
    int Attempts = 0,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? EndedAt = null,
    string? Detail = null);
