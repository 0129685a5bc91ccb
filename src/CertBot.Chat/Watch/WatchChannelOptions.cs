namespace CertBot.Chat.Watch;

/// <summary>A channel named in configuration for the expiry watch (<c>CertBot:Watch:Clusters[]:Channels[]</c>).</summary>
public sealed record WatchChannelOptions
{
    /// <summary><c>teams</c> or <c>slack</c>.</summary>
    public string Platform { get; init; } = "";

    /// <summary>Teams: the channel's conversation id (<c>19:…@thread.tacv2</c>). Slack: the channel id (<c>C0123ABC</c>).</summary>
    public string Channel { get; init; } = "";

    /// <summary>Teams only: the Bot Connector's service URL for the team (<c>https://smba.trafficmanager.net/emea/</c>).</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Teams only: the tenant of the team.</summary>
    public string? TenantId { get; init; }
}
