using CertBot.Chat.Work;
using CertBot.Slack.BlockKit;
using CertBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace CertBot.Slack.Inbound;

/// <summary>
/// Tells the person the bot is too busy when the work queue refused their mention or click. An event's or a
/// click's acknowledgement carries no message, so the answer is an ephemeral one, sent before the acknowledgement
/// and within <see cref="Budget"/> so Slack still gets its answer inside three seconds.
/// </summary>
public sealed class SlackBusyReply(SlackApiClient api, ILogger<SlackBusyReply> logger)
{
    /// <summary>What the busy answer may take of Slack's three seconds.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    /// <summary>To the person who mentioned the bot, in the mention's thread.</summary>
    public Task TellAsync(SlackEvent mention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention is { Channel: { } channel, User: { } user }
            ? SendAsync("mention", token => api.PostEphemeralAsync(channel, user, mention.ThreadTs ?? mention.Ts, SlackMessage.Plain(ChatBackgroundWork.BusyText), token), cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>To the person who clicked, through the click's response URL (or ephemerally in the channel without one).</summary>
    public Task TellAsync(SlackBlockActions click, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(click);
        if (Uri.TryCreate(click.ResponseUrl, UriKind.Absolute, out var responseUrl))
        {
            return SendAsync("click", token => api.RespondAsync(responseUrl, ChatBackgroundWork.BusyText, token), cancellationToken);
        }

        return (click.Channel?.Id ?? click.Container?.ChannelId, click.User?.Id) is ({ } channel, { } user)
            ? SendAsync("click", token => api.PostEphemeralAsync(channel, user, click.Container?.ThreadTs, SlackMessage.Plain(ChatBackgroundWork.BusyText), token), cancellationToken)
            : Task.CompletedTask;
    }

    private async Task SendAsync(string kind, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            await send(budget.Token);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException || (e is OperationCanceledException && budget.IsCancellationRequested))
        {
            // The queue already logged the refusal; this only says the person could not be told either.
            Log.BusyReplyFailed(logger, kind, e);
        }
    }
}
