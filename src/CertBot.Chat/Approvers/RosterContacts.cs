using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Engine.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Chat.Approvers;

/// <summary>
/// Learns the platform user ids of people the bot has not heard from yet from the roster of the conversation a
/// run lives in (an approver who never wrote still gets their own view of the thread's card). Members are matched
/// by principal (the Entra object id), never by name; what is found is kept as the person's contact, so the roster
/// is asked again only for whoever is still unknown.
/// </summary>
public sealed class RosterContacts(IChatStore store, IServiceProvider services, TimeProvider time, ILogger<RosterContacts> logger)
{
    /// <summary>The contacts learned for <paramref name="wanted"/> (normalised principals); empty when the front has no roster or it failed.</summary>
    public async Task<IReadOnlyList<ChatContact>> LearnAsync(ChatConversation conversation, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(wanted);
        if (wanted.Count == 0 || services.GetKeyedService<IConversationRoster>(conversation.Platform) is not { } roster)
        {
            return [];
        }

        var missing = wanted.ToHashSet(StringComparer.Ordinal);
        var learned = new List<ChatContact>();
        try
        {
            await foreach (var member in roster.MembersAsync(conversation, cancellationToken))
            {
                if (!Principal.TryParse(member.Principal, out var who) || !missing.Remove(who.ToString()) || member.UserId.Length == 0)
                {
                    continue;
                }

                var contact = new ChatContact(who.ToString(), conversation.Platform, member.UserId, null, time.GetUtcNow());
                await store.SaveContactAsync(contact, cancellationToken);
                learned.Add(contact);
                if (missing.Count == 0)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without the ids the card still works: everyone sees its buttons and the engine checks each click.
            Log.RosterFailed(logger, conversation.Key, e.Message);
        }

        return learned;
    }
}
