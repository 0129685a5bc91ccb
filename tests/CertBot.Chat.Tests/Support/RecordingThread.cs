using System.Collections.Concurrent;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;

namespace CertBot.Chat.Tests.Support;

/// <summary>The chat platform seen from the core: every post and update, in order, with the ids it handed out.</summary>
internal sealed class RecordingThread : IChatThread
{
    private readonly ConcurrentQueue<(string Kind, string Id, ChatView View)> log = new();
    private readonly ConcurrentDictionary<string, string> conversations = new();
    private int next;

    /// <summary>The key of the conversation a message was posted in.</summary>
    public string ConversationOf(string id) => conversations[id];

    public IReadOnlyList<(string Kind, string Id, ChatView View)> Log => [.. log];

    public IEnumerable<T> Posted<T>() where T : ChatView => Log.Where(e => e.Kind == "post").Select(e => e.View).OfType<T>();

    public IEnumerable<(string Id, T View)> Updates<T>() where T : ChatView =>
        Log.Where(e => e.Kind == "update" && e.View is T).Select(e => (e.Id, (T)e.View));

    public string IdOf(ChatView view) => Log.First(e => e.Kind == "post" && ReferenceEquals(e.View, view)).Id;

    /// <summary>How long a post takes, as a real connector's round trip does (zero: at once).</summary>
    public TimeSpan PostLatency { get; set; }

    public async Task<ChatMessageRef> PostAsync(ChatConversation conversation, ChatView view, CancellationToken cancellationToken)
    {
        var id = "m" + Interlocked.Increment(ref next);
        conversations[id] = conversation.Key;
        log.Enqueue(("post", id, view));
        if (PostLatency > TimeSpan.Zero)
        {
            await Task.Delay(PostLatency, cancellationToken);
        }

        return new ChatMessageRef(id);
    }

    public Task UpdateAsync(ChatConversation conversation, ChatMessageRef message, ChatView view, CancellationToken cancellationToken)
    {
        log.Enqueue(("update", message.Id, view));
        return Task.CompletedTask;
    }
}
