using CertBot.Chat.Threads;

namespace CertBot.Chat.Storage;

/// <summary>The thread a run was requested in, and its progress message once posted.</summary>
public sealed record ChatRunThread(Guid RunId, ChatConversation Conversation, DateTimeOffset CreatedAt, string? ProgressMessageId = null);
