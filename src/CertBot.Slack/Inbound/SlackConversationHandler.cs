using System.Text.Json;
using CertBot.Chat.Handling;
using CertBot.Chat.Requests;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;
using CertBot.Slack.Rendering;
using CertBot.Slack.Threads;
using CertBot.Slack.WebApi;

namespace CertBot.Slack.Inbound;

/// <summary>
/// Turns what Slack sent into the core's <see cref="ChatRequest"/> and does what the core answers: every reply lands
/// in the thread of the request, and a clicked message is replaced in place (<c>chat.update</c>). The person is
/// <c>slack:&lt;user id&gt;</c>; their name is shown as a Slack mention so the workspace renders it.
/// </summary>
public sealed class SlackConversationHandler(ChatRequestHandler handler, SlackApiClient api, SlackFileDownloads downloads)
{
    /// <summary>
    /// A slash command leaves no message to thread under: the bot posts the request itself in the channel, and that
    /// message is the thread everything about it goes into.
    /// </summary>
    public async Task HandleCommandAsync(SlackSlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = string.IsNullOrWhiteSpace(command.Text) ? "help" : command.Text.Trim();
        SlackPostedMessage root;
        try
        {
            root = await api.PostMessageAsync(command.ChannelId, null,
                SlackMessage.Plain($"<@{command.UserId}> asked: `{Mrkdwn.Escape(command.Command)} {Mrkdwn.Escape(text)}`"), cancellationToken);
        }
        catch (SlackApiException e) when (command.ResponseUrl is not null && Uri.TryCreate(command.ResponseUrl, UriKind.Absolute, out _))
        {
            // Typically not_in_channel: only the person can be told, through the command's own response URL.
            await api.RespondAsync(new Uri(command.ResponseUrl), $"I cannot post in this channel ({e.Error}). Invite me with `/invite @CertBot` and try again.", cancellationToken);
            return;
        }

        var conversation = new SlackThreadReference(root.Channel, root.Ts, command.TeamId).ToConversation();
        await handler.HandleAsync(
            new ChatRequest(SlackThreadReference.Platform, ChatPrincipals.Slack(command.UserId), Mention(command.UserId), conversation, Text: text,
                InboundId: command.TriggerId is null ? null : "slack:command:" + command.TriggerId),
            cancellationToken);
    }

    /// <summary>
    /// "@CertBot regenerate tomcat on lab-east" in a channel or a thread, or a file shared with the bot (a mention with
    /// files, a direct message with files): answered in that thread. The files are fetched for the core, which reads
    /// them as the CA's answer to a renewal.
    /// </summary>
    public async Task HandleMentionAsync(SlackEventEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Event is not { User: { } user, Channel: { } channel, Ts: { } ts } mention)
        {
            return;
        }

        var text = MentionText.Strip(mention.Text);
        var conversation = new SlackThreadReference(channel, mention.ThreadTs ?? ts, envelope.TeamId).ToConversation();
        var files = await downloads.ReadAsync(mention.Files, cancellationToken);
        // A message with files arrives twice (app_mention and file_share, each its own event id): the message's own id makes it one.
        var inbound = files is not null ? $"slack:message:{channel}:{ts}" : envelope.EventId is null ? null : "slack:event:" + envelope.EventId;
        await handler.HandleAsync(
            new ChatRequest(SlackThreadReference.Platform, ChatPrincipals.Slack(user), Mention(user), conversation,
                Text: text.Length == 0 ? "help" : text, InboundId: inbound, Files: files),
            cancellationToken);
    }

    /// <summary>A button click: the core asks the engine, and the clicked message shows what is true now.</summary>
    public async Task HandleActionsAsync(SlackBlockActions payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        var messageTs = payload.Container?.MessageTs ?? payload.Message?.Ts;
        if (payload.User?.Id is not { } user || channel is null || messageTs is null)
        {
            return;
        }

        var threadTs = payload.Message?.ThreadTs ?? payload.Container?.ThreadTs ?? messageTs;
        var conversation = new SlackThreadReference(channel, threadTs, payload.Team?.Id).ToConversation();
        foreach (var clicked in payload.Actions ?? [])
        {
            if (clicked.ActionId is not { } actionId)
            {
                continue;
            }

            var data = Data(clicked.Value);
            if (payload.State?.TextOf(ChatVerbs.CommentKey) is { } comment)
            {
                data[ChatVerbs.CommentKey] = comment.Trim();
            }

            var action = new ChatAction(SlackActionIds.VerbOf(actionId), data, messageTs);
            var inbound = payload.TriggerId is null ? null : $"slack:action:{payload.TriggerId}:{actionId}";
            var reply = await handler.HandleAsync(
                new ChatRequest(SlackThreadReference.Platform, ChatPrincipals.Slack(user), Mention(user), conversation, Action: action, InboundId: inbound),
                cancellationToken);
            if (reply.Replacement is { } view)
            {
                await api.UpdateAsync(channel, messageTs, SlackRenderer.Render(view), cancellationToken);
            }
        }
    }

    /// <summary>Slack renders <c>&lt;@U…&gt;</c> as the person's current name.</summary>
    private static string Mention(string userId) => $"<@{userId}>";

    private static Dictionary<string, string> Data(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(value) ?? [];
        }
        catch (JsonException)
        {
            // Not a button of ours (or an old one): no data, and the core answers that it knows nothing of it.
            return [];
        }
    }
}
