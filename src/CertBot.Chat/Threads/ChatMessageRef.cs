namespace CertBot.Chat.Threads;

/// <summary>A message the bot posted, by the id its platform gave it; what an update targets.</summary>
public sealed record ChatMessageRef(string Id);
