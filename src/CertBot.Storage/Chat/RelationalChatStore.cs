using System.Data.Common;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Storage.Relational;

namespace CertBot.Storage.Chat;

/// <summary>
/// The chat store in SQL that SQLite and PostgreSQL both speak. Single-use operations (a resent inbound id, a
/// plan clicked twice) are decided by the database (<c>ON CONFLICT DO NOTHING</c>, conditional updates), so two
/// requests at once cannot both win. The schema is brought up to date before the first use.
/// </summary>
public abstract partial class RelationalChatStore(TimeProvider time) : IChatStore
{
    private volatile bool migrated;

    /// <summary>An open connection, ready for commands.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Statements run inside the migration transaction first (PostgreSQL: an advisory lock).</summary>
    protected virtual IReadOnlyList<string> BeforeMigration => [];

    public async Task<bool> TryMarkProcessedAsync(string inboundId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        return await Db.ExecuteAsync(connection, null, "INSERT INTO chat_inbound (inbound_id, at) VALUES (@id, @at) ON CONFLICT (inbound_id) DO NOTHING",
            cancellationToken, ("@id", inboundId), ("@at", Db.Ticks(at))) == 1;
    }

    public async Task SavePlanAsync(PendingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var connection = await ReadyAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null,
            "INSERT INTO chat_plans (id, shown_to, platform, conversation_key, reference, document, created_at, outcome) " +
            "VALUES (@id, @to, @platform, @key, @reference, @doc, @at, @outcome)", cancellationToken,
            ("@id", plan.Id.ToString()), ("@to", plan.ShownTo), ("@platform", plan.Conversation.Platform), ("@key", plan.Conversation.Key),
            ("@reference", plan.Conversation.Reference), ("@doc", plan.PlanJson), ("@at", Db.Ticks(plan.CreatedAt)), ("@outcome", plan.Outcome));
    }

    public async Task<PendingPlan?> GetPlanAsync(Guid planId, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        var rows = await Db.QueryAsync(connection, "SELECT * FROM chat_plans WHERE id = @id", r => new PendingPlan(
            Guid.Parse(Db.Text(r, "id")), Db.Text(r, "shown_to"), Conversation(r), Db.Text(r, "document"), Db.Time(r, "created_at"),
            Db.TextOrNull(r, "outcome")), cancellationToken, ("@id", planId.ToString()));
        return rows.SingleOrDefault();
    }

    public async Task<bool> ClosePlanAsync(Guid planId, string outcome, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        return await Db.ExecuteAsync(connection, null, "UPDATE chat_plans SET outcome = @outcome, closed_at = @at WHERE id = @id AND outcome IS NULL",
            cancellationToken, ("@outcome", outcome), ("@at", Db.Ticks(at)), ("@id", planId.ToString())) == 1;
    }

    public async Task SetPlanOutcomeAsync(Guid planId, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null, "UPDATE chat_plans SET outcome = @outcome WHERE id = @id",
            cancellationToken, ("@outcome", outcome), ("@id", planId.ToString()));
    }

    public async Task SaveThreadAsync(ChatRunThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var connection = await ReadyAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null,
            "INSERT INTO chat_threads (run_id, platform, conversation_key, reference, created_at, progress_message_id) " +
            "VALUES (@run, @platform, @key, @reference, @at, @progress) ON CONFLICT (run_id) DO NOTHING", cancellationToken,
            ("@run", thread.RunId.ToString()), ("@platform", thread.Conversation.Platform), ("@key", thread.Conversation.Key),
            ("@reference", thread.Conversation.Reference), ("@at", Db.Ticks(thread.CreatedAt)), ("@progress", thread.ProgressMessageId));
    }

    public async Task<ChatRunThread?> GetThreadAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        var rows = await Db.QueryAsync(connection, "SELECT * FROM chat_threads WHERE run_id = @run", r => new ChatRunThread(
            Guid.Parse(Db.Text(r, "run_id")), Conversation(r), Db.Time(r, "created_at"), Db.TextOrNull(r, "progress_message_id")),
            cancellationToken, ("@run", runId.ToString()));
        return rows.SingleOrDefault();
    }

    public async Task SetProgressMessageAsync(Guid runId, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null, "UPDATE chat_threads SET progress_message_id = @message WHERE run_id = @run",
            cancellationToken, ("@message", messageId), ("@run", runId.ToString()));
    }

    public async Task SaveMessageAsync(ChatRunMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await ReadyAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null,
            "INSERT INTO chat_messages (run_id, message_key, message_id, posted_at, settled, platform, conversation_key, reference) " +
            "VALUES (@run, @key, @message, @at, @settled, @platform, @conversation, @reference) ON CONFLICT (run_id, message_key) DO NOTHING", cancellationToken,
            ("@run", message.RunId.ToString()), ("@key", message.Key), ("@message", message.MessageId), ("@at", Db.Ticks(message.PostedAt)),
            ("@settled", message.Settled ? 1 : 0), ("@platform", message.Conversation?.Platform), ("@conversation", message.Conversation?.Key),
            ("@reference", message.Conversation?.Reference));
    }

    public async Task<IReadOnlyList<ChatRunMessage>> MessagesOfAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        return await Db.QueryAsync(connection, "SELECT * FROM chat_messages WHERE run_id = @run ORDER BY posted_at, message_key", r => new ChatRunMessage(
            Guid.Parse(Db.Text(r, "run_id")), Db.Text(r, "message_key"), Db.Text(r, "message_id"), Db.Time(r, "posted_at"), Db.Long(r, "settled") != 0,
            ConversationOrNull(r)),
            cancellationToken, ("@run", runId.ToString()));
    }

    public async Task SettleMessageAsync(Guid runId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null, "UPDATE chat_messages SET settled = 1 WHERE run_id = @run AND message_key = @key",
            cancellationToken, ("@run", runId.ToString()), ("@key", key));
    }

    public async Task SaveWatchChannelAsync(WatchChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await ReadyAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null,
            "INSERT INTO chat_watch_channels (cluster, platform, conversation_key, reference, added_by, added_at) VALUES (@cluster, @platform, @key, @reference, @by, @at) " +
            "ON CONFLICT (cluster, platform, conversation_key) DO NOTHING", cancellationToken,
            ("@cluster", channel.Cluster), ("@platform", channel.Conversation.Platform), ("@key", channel.Conversation.Key),
            ("@reference", channel.Conversation.Reference), ("@by", channel.AddedBy), ("@at", Db.Ticks(channel.AddedAt)));
    }

    public async Task<IReadOnlyList<WatchChannel>> WatchChannelsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ReadyAsync(cancellationToken);
        return await Db.QueryAsync(connection, "SELECT * FROM chat_watch_channels ORDER BY added_at, cluster, conversation_key", r => new WatchChannel(
            Db.Text(r, "cluster"), Conversation(r), Db.Text(r, "added_by"), Db.Time(r, "added_at")), cancellationToken);
    }

    private static ChatConversation Conversation(DbDataReader r) =>
        new(Db.Text(r, "platform"), Db.Text(r, "conversation_key"), Db.Text(r, "reference"));

    /// <summary>A conversation in nullable columns (a message outside the run's thread, a contact's personal chat).</summary>
    private static ChatConversation? ConversationOrNull(DbDataReader r) =>
        Db.TextOrNull(r, "platform") is { } platform && Db.TextOrNull(r, "conversation_key") is { } key && Db.TextOrNull(r, "reference") is { } reference
            ? new ChatConversation(platform, key, reference)
            : null;

    private async Task<DbConnection> ReadyAsync(CancellationToken cancellationToken)
    {
        if (!migrated)
        {
            await MigrateAsync(cancellationToken);
        }

        return await OpenAsync(cancellationToken);
    }
}
