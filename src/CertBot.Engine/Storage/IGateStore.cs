using CertBot.Engine.Runs;

namespace CertBot.Engine.Storage;

/// <summary>Gates; written through <see cref="RunUpdate.Gates"/>.</summary>
public interface IGateStore
{
    Task<Gate?> GetGateAsync(Guid gateId, CancellationToken cancellationToken);

    /// <summary>A run's gates in the order they were opened.</summary>
    Task<IReadOnlyList<Gate>> GatesOfAsync(Guid runId, CancellationToken cancellationToken);

    /// <summary>Open gates that expire at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Gate>> ExpiredGatesAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
