namespace CertBot.Engine.Signals;

/// <summary>
/// The engine's two in-process wake-ups: <see cref="Work"/> wakes the runner when a person's decision lets a
/// run go on; <see cref="Progress"/> wakes the chat delivery when a commit wrote progress events to the outbox.
/// </summary>
public sealed class EngineSignals
{
    /// <summary>Pulsed after an approval, confirmation or other decision is committed.</summary>
    public WakeUp Work { get; } = new();

    /// <summary>Pulsed after any commit that wrote progress events.</summary>
    public WakeUp Progress { get; } = new();
}
