namespace CertBot.Engine.Storage;

/// <summary>Admission handles of stores that admit any number of working instances.</summary>
public static class WorkerAdmission
{
    /// <summary>Nothing is held: the store coordinates its instances itself (run leases, delivery claims, locks).</summary>
    public static IAsyncDisposable Unlimited { get; } = new NothingHeld();

    private sealed class NothingHeld : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
