namespace CertBot.Teams.Protocol.Connector;

/// <summary>One page of a conversation's roster; <paramref name="ContinuationToken"/> is null or empty on the last page.</summary>
public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<ChannelAccount>? Members);
