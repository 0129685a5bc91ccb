using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Chat.Watch;
using CertBot.Slack.Rendering;
using CertBot.Slack.WebApi;

namespace CertBot.Slack.Threads;

/// <summary>
/// The chat core's thread port for Slack: a view becomes a Block Kit message posted in the request's thread
/// (<c>thread_ts</c>), and an update replaces the bot's own message with <c>chat.update</c>. The message id is its
/// <c>ts</c>; the channel comes from the conversation. A CSR that needs several code blocks follows its message as a file.
/// </summary>
public sealed class SlackChatThread(SlackApiClient api, SlackCsrFiles csrFiles) : IChatThread
{
    public async Task<ChatMessageRef> PostAsync(ChatConversation conversation, ChatView view, CancellationToken cancellationToken)
    {
        var thread = SlackThreadReference.From(conversation);
        var posted = await api.PostMessageAsync(thread.Channel, thread.ThreadTs.Length == 0 ? null : thread.ThreadTs, SlackRenderer.Render(view), cancellationToken);
        if (view is CsrView { IsOpen: true } csr)
        {
            await csrFiles.ShareAsync(thread, csr, cancellationToken);
        }

        return new ChatMessageRef(posted.Ts);
    }

    /// <summary>A thread's channel, where a post is a new top-level message.</summary>
    public ChatConversation ChannelOf(ChatConversation thread)
    {
        var reference = SlackThreadReference.From(thread);
        return SlackThreadReference.ChannelOnly(reference.Channel, reference.Team).ToConversation();
    }

    /// <summary>A channel named in configuration by its id.</summary>
    public ChatConversation? Configured(WatchChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return string.IsNullOrWhiteSpace(channel.Channel) ? null : SlackThreadReference.ChannelOnly(channel.Channel.Trim()).ToConversation();
    }

    public Task UpdateAsync(ChatConversation conversation, ChatMessageRef message, ChatView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var thread = SlackThreadReference.From(conversation);
        return api.UpdateAsync(thread.Channel, message.Id, SlackRenderer.Render(view), cancellationToken);
    }
}
