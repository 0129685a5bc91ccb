namespace CertBot.Chat.Storage;

/// <summary>
/// What the chat side remembers beside the engine's store: plans shown but not yet requested, the thread of
/// each run and the messages posted there (also the copies sent to people's personal chats), how to reach each
/// person the bot heard from, and the inbound ids already handled (platforms resend).
/// Implemented for SQLite and PostgreSQL in CertBot.Storage.
/// </summary>
public interface IChatStore
{
    /// <summary>Creates or upgrades the chat tables (forward migrations only). Safe to call more than once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Records an inbound id; false when it was recorded before (a resend: do nothing).</summary>
    Task<bool> TryMarkProcessedAsync(string inboundId, DateTimeOffset at, CancellationToken cancellationToken);

    Task SavePlanAsync(PendingPlan plan, CancellationToken cancellationToken);

    Task<PendingPlan?> GetPlanAsync(Guid planId, CancellationToken cancellationToken);

    /// <summary>Closes an open plan; true only for the one call that closed it (a double click requests once).</summary>
    Task<bool> ClosePlanAsync(Guid planId, string outcome, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Replaces the outcome of a closed plan (what its card says now).</summary>
    Task SetPlanOutcomeAsync(Guid planId, string outcome, CancellationToken cancellationToken);

    Task SaveThreadAsync(ChatRunThread thread, CancellationToken cancellationToken);

    Task<ChatRunThread?> GetThreadAsync(Guid runId, CancellationToken cancellationToken);

    Task SetProgressMessageAsync(Guid runId, string messageId, CancellationToken cancellationToken);

    /// <summary>Records a message posted for a run under a key (<c>gate:&lt;id&gt;</c>, <c>attention:&lt;event&gt;</c>); a second save of the key is ignored.</summary>
    Task SaveMessageAsync(ChatRunMessage message, CancellationToken cancellationToken);

    /// <summary>A run's messages in the order they were saved.</summary>
    Task<IReadOnlyList<ChatRunMessage>> MessagesOfAsync(Guid runId, CancellationToken cancellationToken);

    /// <summary>Marks a message as showing its final state (no more updates needed).</summary>
    Task SettleMessageAsync(Guid runId, string key, CancellationToken cancellationToken);

    /// <summary>Records a channel the expiry watch warns in about a cluster; saying it again in the same channel changes nothing.</summary>
    Task SaveWatchChannelAsync(WatchChannel channel, CancellationToken cancellationToken);

    /// <summary>Every watch channel, of every cluster, oldest first.</summary>
    Task<IReadOnlyList<WatchChannel>> WatchChannelsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Records what the bot learned of a person; a null <see cref="ChatContact.UserId"/> or
    /// <see cref="ChatContact.Personal"/> keeps what was stored before (a channel message does not forget the 1:1 chat).
    /// </summary>
    /// <returns>True when the contact gained a personal conversation it did not have.</returns>
    Task<bool> SaveContactAsync(ChatContact contact, CancellationToken cancellationToken);

    /// <summary>The contacts of these principals (normalised), those the bot knows.</summary>
    Task<IReadOnlyList<ChatContact>> ContactsAsync(IReadOnlyCollection<string> principals, CancellationToken cancellationToken);
}
