namespace CertBot.Engine.Signals;

/// <summary>
/// The engine's in-process wake-ups: <see cref="Work"/> wakes the runner when a person's decision lets a
/// run go on; <see cref="Progress"/> wakes the chat delivery when a commit wrote progress events to the outbox;
/// <see cref="Changed"/> wakes the facts refresher when a run that changed a cluster ends.
/// </summary>
public sealed class EngineSignals
{
    /// <summary>Pulsed after an approval, confirmation or other decision is committed.</summary>
    public WakeUp Work { get; } = new();

    /// <summary>Pulsed after any commit that wrote progress events.</summary>
    public WakeUp Progress { get; } = new();

    /// <summary>Reported when a run that changed a cluster ends: the facts refresher reads that cluster again.</summary>
    public ClusterChanges Changed { get; } = new();
}
