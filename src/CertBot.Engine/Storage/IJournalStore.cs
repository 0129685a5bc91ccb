using CertBot.Engine.Runs;

namespace CertBot.Engine.Storage;

/// <summary>The journal; written through <see cref="RunUpdate.Journal"/>, never changed or deleted.</summary>
public interface IJournalStore
{
    Task<IReadOnlyList<JournalEntry>> JournalOfAsync(Guid runId, CancellationToken cancellationToken);
}
