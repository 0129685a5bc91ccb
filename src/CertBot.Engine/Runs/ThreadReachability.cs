using CertBot.Engine.Storage;

namespace CertBot.Engine.Runs;

/// <summary>
/// Whether the people following a run can be told about it. A front whose posts into the run's thread keep
/// failing (the bot was removed from the team, the conversation is gone) flags the run here: the journal says so
/// once and <see cref="Run.UnreachableSince"/> shows it to the command line, which is then the only way to see
/// the run's gates. A later post that arrives clears the flag, journaled once as well.
/// </summary>
public sealed class ThreadReachability(IEngineStore store, TimeProvider time)
{
    /// <summary>Commits lost to another writer are tried again this often (the runner commits between steps).</summary>
    private const int Attempts = 5;

    /// <summary>Flags the run unreachable; false when it already was (nothing is journaled twice) or is gone.</summary>
    public Task<bool> MarkUnreachableAsync(Guid runId, string why, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(why);
        return ChangeAsync(runId, run =>
        {
            if (run.UnreachableSince is not null)
            {
                return null;
            }

            var now = time.GetUtcNow();
            return new RunChange(run, now)
                .Journal(JournalKind.Unreachable, $"the chat thread cannot be reached, so nobody there sees this run's cards: {why}; " +
                    "posts are retried every few minutes, and `certbot show` / `certbot runs` show the run meanwhile")
                .Update(r => r with { UnreachableSince = now });
        }, cancellationToken);
    }

    /// <summary>Clears the flag after a post arrived; false when the run was not flagged.</summary>
    public Task<bool> MarkReachableAsync(Guid runId, CancellationToken cancellationToken) =>
        ChangeAsync(runId, run => run.UnreachableSince is not { } since ? null
            : new RunChange(run, time.GetUtcNow())
                .Journal(JournalKind.Reachable, $"the chat thread is reached again (unreachable since {since:yyyy-MM-dd HH:mm:ss} UTC)")
                .Update(r => r with { UnreachableSince = null }), cancellationToken);

    private async Task<bool> ChangeAsync(Guid runId, Func<Run, RunChange?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await store.GetAsync(runId, cancellationToken) is not { } run || change(run) is not { } update)
            {
                return false;
            }

            try
            {
                // No progress event: it would only queue another post for the thread that cannot be reached.
                await store.CommitAsync(update.ToUpdate(), cancellationToken);
                return true;
            }
            catch (RunConflictException) when (attempt < Attempts)
            {
                // The runner or a decision committed meanwhile: read again, the flag goes on top of theirs.
            }
        }
    }
}
