namespace CertBot.Teams.Protocol.Connector;

/// <summary>A new conversation: in Teams, a new top-level post (thread) in a channel.</summary>
public sealed record ConversationParameters(bool IsGroup, TeamsChannelData ChannelData, Activity Activity);
