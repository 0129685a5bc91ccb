using CertBot.Chat.Requests;
using CertBot.Chat.Storage;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Approvers;

/// <summary>
/// Learns how to reach people from every turn they send: their platform user id, and their personal conversation
/// when they wrote from there. Whoever gains a personal conversation gets the open approvals they may decide.
/// </summary>
public sealed class Contacts(IChatStore store, GateCards gateCards, TimeProvider time)
{
    public async Task LearnAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if ((request.UserId is null && request.Personal is null) || !Principal.TryParse(request.Principal, out var who))
        {
            return;
        }

        var principal = who.ToString();
        if (await store.SaveContactAsync(new ChatContact(principal, request.Platform, request.UserId, request.Personal, time.GetUtcNow()), cancellationToken))
        {
            await gateCards.DeliverLateAsync(principal, cancellationToken);
        }
    }
}
