namespace CertBot.Teams.Protocol;

/// <summary>Teams' <c>channelData</c>: the tenant, and for channels the team and channel.</summary>
public sealed record TeamsChannelData
{
    public TeamsEntityRef? Tenant { get; init; }

    public TeamsEntityRef? Team { get; init; }

    public TeamsEntityRef? Channel { get; init; }

    /// <summary>For <c>conversationUpdate</c>: <c>channelCreated</c>, <c>teamRenamed</c>, ….</summary>
    public string? EventType { get; init; }
}
