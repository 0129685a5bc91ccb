using System.Text;
using CertBot.Chat.Work;
using CertBot.Slack.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CertBot.Slack;

/// <summary>
/// The three Slack endpoints under one prefix: <c>{prefix}/commands</c> (slash command), <c>{prefix}/events</c>
/// (Events API) and <c>{prefix}/interactivity</c> (buttons). Each verifies the signature first, answers within
/// Slack's three seconds and leaves the work to the chat core's <see cref="ChatBackgroundWork"/>;
/// when that queue is full the person is told to try again (in the command's answer, or ephemerally).
/// </summary>
public static class SlackEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCertBotSlack(this IEndpointRouteBuilder endpoints, string prefix = "/slack")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/commands", CommandAsync);
        group.MapPost("/events", EventAsync);
        group.MapPost("/interactivity", InteractivityAsync);
        return endpoints;
    }

    private static async Task<IResult> CommandAsync(HttpContext context, SlackRequestGate gate, ChatBackgroundWork queue, SlackConversationHandler handler, IOptionsMonitor<SlackOptions> options)
    {
        var admitted = await gate.AdmitAsync(context.Request, context.RequestAborted);
        if (!admitted.Admitted)
        {
            return Results.StatusCode(admitted.RefusalStatus);
        }

        if (SlackSlashCommand.Parse(Encoding.UTF8.GetString(admitted.Body!)) is not { } command)
        {
            return Results.BadRequest();
        }

        if (!options.CurrentValue.AllowsTeam(command.TeamId))
        {
            return ForeignWorkspace(context, command.TeamId);
        }

        var principal = "slack:" + command.UserId;
        return queue.TryEnqueue(new ChatWork("command", principal, token => handler.HandleCommandAsync(command, token)))
            ? Results.Ok()
            : Results.Json(new { response_type = "ephemeral", text = ChatBackgroundWork.BusyText });
    }

    private static async Task<IResult> EventAsync(HttpContext context, SlackRequestGate gate, ChatBackgroundWork queue, SlackConversationHandler handler, SlackBusyReply busy, IOptionsMonitor<SlackOptions> options)
    {
        var admitted = await gate.AdmitAsync(context.Request, context.RequestAborted);
        if (!admitted.Admitted)
        {
            return Results.StatusCode(admitted.RefusalStatus);
        }

        if (SlackJson.TryRead<SlackEventEnvelope>(Encoding.UTF8.GetString(admitted.Body!)) is not { } envelope)
        {
            return Results.BadRequest();
        }

        if (envelope.Type == SlackEventEnvelope.UrlVerification)
        {
            return Results.Json(new { challenge = envelope.Challenge ?? "" });
        }

        if (!options.CurrentValue.AllowsTeam(envelope.TeamId))
        {
            return ForeignWorkspace(context, envelope.TeamId);
        }

        var logger = Logger(context);
        if (context.Request.Headers["X-Slack-Retry-Num"] is { Count: > 0 } retry && logger.IsEnabled(LogLevel.Debug))
        {
            // A retry carries the same event_id: the chat store's processed ids make sure it is handled once.
            var retryNum = retry.ToString();
            var reason = context.Request.Headers["X-Slack-Retry-Reason"].ToString();
            Log.RetryAcknowledged(logger, retryNum, envelope.EventId, reason);
        }

        // A mention without a user (a malformed or forged event) names nobody to answer or to hold to account: ignored.
        if (envelope is { Type: SlackEventEnvelope.EventCallback, Event: { BotId: null, User: { } user } mention } && !string.IsNullOrWhiteSpace(user)
            && (mention.Type == SlackEvent.AppMention || envelope.IsFileShareForTheBot)
            && !queue.TryEnqueue(new ChatWork("mention", "slack:" + user, token => handler.HandleMentionAsync(envelope, token))))
        {
            await busy.TellAsync(mention, context.RequestAborted);
        }

        // Every other event is acknowledged and ignored: an error would only make Slack send it again.
        return Results.Ok();
    }

    private static async Task<IResult> InteractivityAsync(HttpContext context, SlackRequestGate gate, ChatBackgroundWork queue, SlackConversationHandler handler, SlackBusyReply busy, IOptionsMonitor<SlackOptions> options)
    {
        var admitted = await gate.AdmitAsync(context.Request, context.RequestAborted);
        if (!admitted.Admitted)
        {
            return Results.StatusCode(admitted.RefusalStatus);
        }

        var form = new FormReader(Encoding.UTF8.GetString(admitted.Body!)).ReadForm();
        if (!form.TryGetValue("payload", out var json) || SlackJson.TryRead<SlackBlockActions>(json.ToString()) is not { } payload)
        {
            return Results.BadRequest();
        }

        if (!options.CurrentValue.AllowsTeam(payload.Team?.Id))
        {
            return ForeignWorkspace(context, payload.Team?.Id);
        }

        if (payload.Type == SlackBlockActions.BlockActionsType && payload.User?.Id is { } user
            && !queue.TryEnqueue(new ChatWork("click", "slack:" + user, token => handler.HandleActionsAsync(payload, token))))
        {
            await busy.TellAsync(payload, context.RequestAborted);
        }

        return Results.Ok();
    }

    /// <summary>A correctly signed request from a workspace not on the allow-list: refused, and said so in the log.</summary>
    private static IResult ForeignWorkspace(HttpContext context, string? teamId)
    {
        Log.Refused(Logger(context), context.Request.Path, "workspace '" + teamId + "' is not in Slack:AllowedTeams");
        return Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEndpointRouteBuilderExtensions));
}
