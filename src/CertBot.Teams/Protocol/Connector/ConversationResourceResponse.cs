namespace CertBot.Teams.Protocol.Connector;

/// <summary>The new conversation and its first activity.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
