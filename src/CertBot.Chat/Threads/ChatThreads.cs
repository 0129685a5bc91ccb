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

    /// <exception cref="InvalidOperationException">No front is registered at all.</exception>
    public IChatThread For(ChatConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return services.GetKeyedService<IChatThread>(conversation.Platform)
            ?? services.GetService<IChatThread>()
            ?? throw new InvalidOperationException($"no chat front can post to a {conversation.Platform} conversation: add AddCertBotTeams or AddCertBotSlack");
    }
}
