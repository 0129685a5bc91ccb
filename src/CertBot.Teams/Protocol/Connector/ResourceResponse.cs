namespace CertBot.Teams.Protocol.Connector;

/// <summary>What the Connector answers a post with.</summary>
/// <param name="Id">The new activity's id, which later PUTs target; null when the connector returned none (202).</param>
public sealed record ResourceResponse(string? Id);
