using CertBot.Storage.Relational;

namespace CertBot.Storage.Chat;

/// <summary>
/// The chat side's tables, versioned on their own (<c>chat_schema_version</c>) so the engine's migrations and
/// the chat's move independently; the same forward-only rules as the engine's schema. Times are UTC ticks.
/// </summary>
internal static class ChatSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new Migration(1, "chat: processed inbound ids, pending plans, run threads, run messages",
        [
            "CREATE TABLE chat_inbound (inbound_id TEXT PRIMARY KEY, at BIGINT NOT NULL)",
            """
            CREATE TABLE chat_plans (
                id TEXT PRIMARY KEY,
                shown_to TEXT NOT NULL,
                platform TEXT NOT NULL,
                conversation_key TEXT NOT NULL,
                reference TEXT NOT NULL,
                document TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                outcome TEXT NULL,
                closed_at BIGINT NULL)
            """,
            """
            CREATE TABLE chat_threads (
                run_id TEXT PRIMARY KEY,
                platform TEXT NOT NULL,
                conversation_key TEXT NOT NULL,
                reference TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                progress_message_id TEXT NULL)
            """,
            """
            CREATE TABLE chat_messages (
                run_id TEXT NOT NULL,
                message_key TEXT NOT NULL,
                message_id TEXT NOT NULL,
                posted_at BIGINT NOT NULL,
                settled INTEGER NOT NULL,
                PRIMARY KEY (run_id, message_key))
            """,
        ]),
        new Migration(2, "chat: personal conversations and platform user ids of people; run messages posted outside the run's thread",
        [
            """
            CREATE TABLE chat_contacts (
                principal TEXT PRIMARY KEY,
                platform TEXT NOT NULL,
                user_id TEXT NULL,
                conversation_key TEXT NULL,
                reference TEXT NULL,
                updated_at BIGINT NOT NULL)
            """,
            "ALTER TABLE chat_messages ADD COLUMN platform TEXT NULL",
            "ALTER TABLE chat_messages ADD COLUMN conversation_key TEXT NULL",
            "ALTER TABLE chat_messages ADD COLUMN reference TEXT NULL",
        ]),
        new Migration(3, "chat: watch channels",
        [
            """
            CREATE TABLE chat_watch_channels (
                cluster TEXT NOT NULL,
                platform TEXT NOT NULL,
                conversation_key TEXT NOT NULL,
                reference TEXT NOT NULL,
                added_by TEXT NOT NULL,
                added_at BIGINT NOT NULL,
                PRIMARY KEY (cluster, platform, conversation_key))
            """,
        ]),
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
