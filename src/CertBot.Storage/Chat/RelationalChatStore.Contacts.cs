using CertBot.Chat.Storage;
using CertBot.Storage.Relational;

namespace CertBot.Storage.Chat;

/// <summary>People's contacts (<c>chat_contacts</c>): merged in one statement, so two messages at once cannot lose either's news.</summary>
public abstract partial class RelationalChatStore
{
    public async Task<bool> SaveContactAsync(ChatContact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        await using var connection = await ReadyAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        var hadPersonal = await Db.ScalarAsync(connection, transaction, "SELECT reference FROM chat_contacts WHERE principal = @principal",
            cancellationToken, ("@principal", contact.Principal)) is not null;
        // COALESCE keeps what is known: a channel message carries the user id but not the 1:1 conversation.
        await Db.ExecuteAsync(connection, transaction,
            "INSERT INTO chat_contacts (principal, platform, user_id, conversation_key, reference, updated_at) " +
            "VALUES (@principal, @platform, @user, @key, @reference, @at) ON CONFLICT (principal) DO UPDATE SET " +
            "platform = excluded.platform, user_id = COALESCE(excluded.user_id, chat_contacts.user_id), " +
            "conversation_key = COALESCE(excluded.conversation_key, chat_contacts.conversation_key), " +
            "reference = COALESCE(excluded.reference, chat_contacts.reference), updated_at = excluded.updated_at", cancellationToken,
            ("@principal", contact.Principal), ("@platform", contact.Platform), ("@user", contact.UserId),
            ("@key", contact.Personal?.Key), ("@reference", contact.Personal?.Reference), ("@at", Db.Ticks(contact.UpdatedAt)));
        await transaction.CommitAsync(cancellationToken);
        return !hadPersonal && contact.Personal is not null;
    }

    public async Task<IReadOnlyList<ChatContact>> ContactsAsync(IReadOnlyCollection<string> principals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principals);
        if (principals.Count == 0)
        {
            return [];
        }

        await using var connection = await ReadyAsync(cancellationToken);
        var names = principals.Select((_, i) => $"@p{i}").ToList();
        return await Db.QueryAsync(connection, $"SELECT * FROM chat_contacts WHERE principal IN ({string.Join(", ", names)}) ORDER BY principal",
            r => new ChatContact(Db.Text(r, "principal"), Db.Text(r, "platform"), Db.TextOrNull(r, "user_id"),
                Db.TextOrNull(r, "reference") is { } reference ? new(Db.Text(r, "platform"), Db.Text(r, "conversation_key"), reference) : null,
                Db.Time(r, "updated_at")),
            cancellationToken, [.. principals.Select((p, i) => (names[i], (object?)p))]);
    }
}
