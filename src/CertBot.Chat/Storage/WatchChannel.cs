using CertBot.Chat.Threads;

namespace CertBot.Chat.Storage;

/// <summary>A channel the expiry watch warns in about a cluster, captured when someone said <c>watch &lt;cluster&gt; here</c> there.</summary>
/// <param name="Conversation">The channel itself (a new post there starts its own thread), not the thread the words were said in.</param>
/// <param name="AddedBy">The principal who said it.</param>
public sealed record WatchChannel(string Cluster, ChatConversation Conversation, string AddedBy, DateTimeOffset AddedAt);
