using CertBot.Chat.Threads;
using CertBot.Slack.WebApi;

namespace CertBot.Slack.Threads;

/// <summary>
/// Opens an approver's direct message channel with the bot (<c>conversations.open</c>, scope <c>im:write</c>), where
/// their copy of an approval card goes; Slack opens it whether or not the person ever wrote to the bot.
/// </summary>
public sealed class SlackDirectConversations(SlackApiClient api) : IDirectConversations
{
    /// <exception cref="SlackApiException">Slack refused to open it (the caller lists the person as not reachable).</exception>
    public async Task<ChatConversation?> OpenAsync(string userId, CancellationToken cancellationToken) =>
        SlackThreadReference.ChannelOnly(await api.OpenDirectAsync(userId, cancellationToken)).ToConversation();
}
