using CertBot.Chat.Views;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Chat.Threads;

/// <summary>
/// The thread port the core uses: each conversation goes to the front of its platform (the <see cref="IChatThread"/>
/// registered under the platform's key, <c>teams</c> or <c>slack</c>), else to the one unkeyed front. Teams and
/// Slack can so run side by side in one host, each run answered where it was asked.
/// </summary>
public sealed class ChatThreads(IServiceProvider services) : IChatThread
{
    public Task<ChatMessageRef> PostAsync(ChatConversation conversation, ChatView view, CancellationToken cancellationToken) =>
        For(conversation).PostAsync(conversation, view, cancellationToken);

    public Task UpdateAsync(ChatConversation conversation, ChatMessageRef message, ChatView view, CancellationToken cancellationToken) =>
        For(conversation).UpdateAsync(conversation, message, view, cancellationToken);

    public ChatConversation ChannelOf(ChatConversation thread) => For(thread).ChannelOf(thread);

    /// <summary>A configured channel through the front of its platform; null when no such front is registered.</summary>
    public ChatConversation? Configured(Watch.WatchChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return services.GetKeyedService<IChatThread>(channel.Platform.ToLowerInvariant())?.Configured(channel);
    }

    /// <exception cref="InvalidOperationException">No front is registered at all.</exception>
    public IChatThread For(ChatConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return services.GetKeyedService<IChatThread>(conversation.Platform)
            ?? services.GetService<IChatThread>()
            ?? throw new InvalidOperationException($"no chat front can post to a {conversation.Platform} conversation: add AddCertBotTeams or AddCertBotSlack");
    }
}
