namespace CertBot.Chat.Threads;

/// <summary>
/// Where to answer: the thread a request came from, as its front needs it to post later (a restart included).
/// </summary>
/// <param name="Platform"><c>teams</c> or <c>slack</c>: which front can read <paramref name="Reference"/>.</param>
/// <param name="Key">The thread's id on the platform (for logs and coalescing per thread).</param>
/// <param name="Reference">The front's own serialised conversation reference; opaque to the core.</param>
public sealed record ChatConversation(string Platform, string Key, string Reference);
