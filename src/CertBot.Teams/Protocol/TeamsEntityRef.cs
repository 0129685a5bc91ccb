namespace CertBot.Teams.Protocol;

/// <summary>A tenant, team or channel as <c>channelData</c> names it.</summary>
public sealed record TeamsEntityRef(string? Id, string? Name = null);
