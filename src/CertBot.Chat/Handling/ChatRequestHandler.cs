using CertBot.Chat.Grammar;
using CertBot.Chat.Grammar.Commands;
using CertBot.Chat.Requests;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine.Nodes;
using CertBot.Engine.Renewal;
using Microsoft.Extensions.Logging;

namespace CertBot.Chat.Handling;

/// <summary>
/// The one entry of the chat core: a typed message goes through the grammar to its command, a card button to
/// its action. Answers are posted into the request's thread; the returned reply says what replaces the clicked
/// card. A resent inbound id changes nothing; a node that cannot be read is an answer, not an error, and so is
/// any other failure: every command is answered, at worst with "this failed: why; nothing was changed".
/// </summary>
public sealed class ChatRequestHandler(
    CommandParser parser,
    TextCommands commands,
    CardActionHandler actions,
    IChatStore store,
    ChatThreads thread,
    People people,
    Approvers.Contacts contacts,
    TimeProvider time,
    ILogger<ChatRequestHandler> logger)
{
    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.InboundId is { Length: > 0 } inbound && !await store.TryMarkProcessedAsync(inbound, time.GetUtcNow(), cancellationToken))
        {
            Log.Duplicate(logger, inbound);
            return ChatReply.None;
        }

        people.Remember(request.Principal, request.DisplayName);
        if (PrivateKeyText.Holds(request.Text) || (request.Files ?? []).Any(f => PrivateKeyText.Holds(f.Text)))
        {
            // Before the grammar: a refusal would quote a word of it, and nothing of the message may be kept or logged.
            await thread.PostAsync(request.Conversation, new TextView(
                $"⛔ {request.DisplayName}: that message is refused: {PrivateKeyText.Refusal}. Delete the message from the thread."), cancellationToken);
            return ChatReply.None;
        }

        try
        {
            await contacts.LearnAsync(request, cancellationToken);
            if (request.Action is { } action)
            {
                return await actions.HandleAsync(request, action, cancellationToken);
            }

            var parsed = parser.Parse(request.Text);
            if (!parsed.Understood && request.Files is not { Count: > 0 })
            {
                await thread.PostAsync(request.Conversation, new TextView(parsed.Refusal.Text), cancellationToken);
                return ChatReply.None;
            }

            // Files are only ever the CA's answer to a renewal: with them, whatever else the message says, that is the command.
            var command = request.Files is { Count: > 0 } && parsed.Command is not ProvideCertificateCommand ? new ProvideCertificateCommand(null, null) : parsed.Command ?? new HelpCommand();
            await commands.HandleAsync(request, command, cancellationToken);
            return ChatReply.None;
        }
        catch (NodeException e)
        {
            // Planning and inventory read live facts; a node that does not answer is news for the thread.
            Log.NodeFailed(logger, e.Node, e.Message);
            await thread.PostAsync(request.Conversation, new TextView($"I could not read {e.Node}: {e.Message}. Nothing was changed."), cancellationToken);
            return ChatReply.None;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A store outage or a bug must not leave the person without an answer (or a card invoke with a 500):
            // every write is one atomic commit, so a command that failed changed nothing.
            Log.CommandFailed(logger, request.Principal, e);
            await thread.PostAsync(request.Conversation, new TextView($"This failed: {e.Message} Nothing was changed."), cancellationToken);
            return ChatReply.None;
        }
    }
}
