using CertBot.Chat.Handling;
using CertBot.Chat.Requests;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Chat.Work;
using CertBot.Teams.Protocol;
using CertBot.Teams.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CertBot.Teams;

/// <summary>
/// Dispatches admitted activities (chat-protocols.md §1.2): a message to the grammar (mention stripped) or, for
/// an <c>Action.Submit</c>, to the card action; an <c>adaptiveCard/action</c> invoke answered with the updated
/// card; the bot's installation with a short welcome. Messages are acknowledged at once and worked on in the
/// chat core's <see cref="ChatBackgroundWork"/> (Teams waits 10–15 s at most); invokes are answered with their result.
/// When the queue is full, a message is answered "busy, try again" in its thread right after the 200, and work that is a single
/// Connector call (the welcome, a card update) is done before the HTTP answer instead of being dropped.
/// </summary>
public sealed class TeamsActivityHandler(
    ChatRequestHandler chat,
    TeamsChatThread thread,
    ChatBackgroundWork queue,
    FileAttachments files,
    IHostApplicationLifetime lifetime,
    ILogger<TeamsActivityHandler> logger)
{
    /// <summary>How long an invoke is worked on before Teams gets an interim answer (Teams waits 10 to 15 s).</summary>
    public static readonly TimeSpan InvokeBudget = TimeSpan.FromSeconds(8);

    public const string Welcome =
        "Hi, I am CertBot: I plan and run certificate procedures on your CUCM and IM and Presence clusters, and nothing changes before an approver approves. Type `help` to see what I can do.";

    public async Task<IResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            return await ActAsync(activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // What escapes is a reply the Connector did not take (its serviceUrl unreachable, the bot removed): the
            // activity itself was read and handled, so it is acknowledged; a 5xx would only make the channel send
            // it again.
            Log.AnswerNotSent(logger, activity.Type ?? "?", e);
            return activity.Type == ActivityTypes.Invoke
                ? AdaptiveCardInvokeResponse.Message("CertBot could not answer in this conversation; nothing else changed.").ToHttpResult()
                : Results.Ok();
        }
    }

    private async Task<IResult> ActAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                if (!queue.TryEnqueue(new ChatWork("message", Principal(activity), ct => MessageAsync(activity, ct))))
                {
                    // After the answer, never before it: an overloaded host must still acknowledge at once.
                    queue.NotifyBusy(Principal(activity), ct => thread.PostAsync(TeamsChatThread.ConversationOf(activity), new TextView(ChatBackgroundWork.BusyText), ct));
                }

                return Results.Ok();
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardActionInvoke:
                return (await InvokeAsync(activity, cancellationToken)).ToHttpResult();
            case ActivityTypes.Invoke:
                return AdaptiveCardInvokeResponse.Error(400, "NotSupported", $"CertBot does not handle the invoke '{activity.Name}'.").ToHttpResult();
            case ActivityTypes.ConversationUpdate when ConversationUpdates.AddsTheBot(activity):
                await StartOrDoNowAsync("welcome", Principal(activity), ct => thread.PostAsync(TeamsChatThread.InstalledIn(activity), new TextView(Welcome), ct), cancellationToken);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private async Task MessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Identify(activity, out var request) is { } problem)
        {
            await thread.PostAsync(request.Conversation, new TextView(problem), cancellationToken);
            return;
        }

        if (CardActionRequest.From(activity) is { } submit)
        {
            var reply = await chat.HandleAsync(request with { Action = ToChat(submit) }, cancellationToken);
            if (reply.Replacement is { } view && submit.CardActivityId is { Length: > 0 } cardId)
            {
                await thread.UpdateAsync(request.Conversation, new ChatMessageRef(cardId), view, cancellationToken);
            }

            return;
        }

        // A file sent in a personal chat (the CA's answer to a renewal's CSR) is fetched here; the core reads it.
        await chat.HandleAsync(request with { Text = MentionText.Strip(activity), Files = await files.ReadAsync(activity, cancellationToken) }, cancellationToken);
    }

    private async Task<AdaptiveCardInvokeResponse> InvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (CardActionRequest.From(activity) is not { } click)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The invoke carries no action with a verb.");
        }

        if (Identify(activity, out var request) is { } problem)
        {
            return AdaptiveCardInvokeResponse.Message(problem);
        }

        // Teams gives an invoke 10 to 15 seconds; what takes longer finishes in the background and updates the card.
        // The decision outlives this request (the clicker may go away); only stopping the host cancels it.
        var work = chat.HandleAsync(request with { Action = ToChat(click) }, lifetime.ApplicationStopping);
        if (await Task.WhenAny(work, Task.Delay(InvokeBudget, cancellationToken)) != work)
        {
            var queued = queue.TryEnqueue(new ChatWork("late card", request.Principal, async ct =>
            {
                if ((await work).Replacement is { } late && click.CardActivityId is { Length: > 0 } lateId)
                {
                    await thread.UpdateAsync(request.Conversation, new ChatMessageRef(lateId), late, ct);
                }
            }));
            return AdaptiveCardInvokeResponse.Message(queued
                ? "Working on it: the card updates when it is done."
                : "Working on it, but I am too busy to update this card afterwards: ask `status` in a minute.");
        }

        var reply = await work;
        if (reply.Replacement is not { } view)
        {
            return AdaptiveCardInvokeResponse.Message("Nothing to update on this card.");
        }

        // The clicker's own view (approvers: Approve / Reject; the requester: Cancel run; others: the status).
        var own = reply.ForClickerOrReplacement!;
        if (TeamsCardRenderer.Render(own) is not { } card)
        {
            return AdaptiveCardInvokeResponse.Message(((TextView)own).Text);
        }

        // The invoke answer replaces the card for the clicker; everyone else sees the card they share through the PUT.
        if (!click.IsAutomaticRefresh && click.CardActivityId is { Length: > 0 } cardId)
        {
            await StartOrDoNowAsync("card update", request.Principal, ct => thread.UpdateAsync(request.Conversation, new ChatMessageRef(cardId), view, ct), cancellationToken);
        }

        return AdaptiveCardInvokeResponse.Card(card);
    }

    /// <summary>Queues a single Connector call; when the queue is full it is made now, before the HTTP answer, rather than lost.</summary>
    private async Task StartOrDoNowAsync(string kind, string principal, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        if (!queue.TryEnqueue(new ChatWork(kind, principal, call)))
        {
            await call(cancellationToken);
        }
    }

    private static string Principal(Activity activity) =>
        activity.From?.AadObjectId is { Length: > 0 } aad ? ChatPrincipals.Teams(aad) : "someone without an Entra id";

    /// <summary>The neutral request for an activity; a reason when the sender has no Entra identity to act as.</summary>
    private string? Identify(Activity activity, out ChatRequest request)
    {
        var conversation = TeamsChatThread.ConversationOf(activity);
        var aad = activity.From?.AadObjectId;
        var name = string.IsNullOrWhiteSpace(activity.From?.Name) ? "someone" : activity.From!.Name!;
        // Every turn teaches the person's Teams user id (refresh.userIds names it) and, from a 1:1 chat, where to
        // send them approval cards later.
        request = new ChatRequest(TeamsChatThread.Platform, string.IsNullOrWhiteSpace(aad) ? "" : ChatPrincipals.Teams(aad), name, conversation,
            InboundId: string.IsNullOrWhiteSpace(activity.Id) ? null : $"teams:{conversation.Key}:{activity.Id}",
            UserId: string.IsNullOrWhiteSpace(activity.From?.Id) ? null : activity.From!.Id,
            Personal: TeamsChatThread.PersonalConversationOf(activity));
        if (!string.IsNullOrWhiteSpace(aad))
        {
            return null;
        }

        Log.NoIdentity(logger, activity.Type ?? "?");
        return $"{name}: I cannot tell who you are (the message carries no Entra object id), so I cannot act on it.";
    }

    private static ChatAction ToChat(CardActionRequest click) => new(click.Verb, click.Data, click.CardActivityId, click.IsAutomaticRefresh);
}
