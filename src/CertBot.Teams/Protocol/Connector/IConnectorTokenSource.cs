namespace CertBot.Teams.Protocol.Connector;

/// <summary>
/// Where the bot's outbound token comes from: MSAL with a client secret or a managed identity in production,
/// nothing at all in the local no-auth mode (the Agents Playground's connector takes no token).
/// </summary>
public interface IConnectorTokenSource
{
    /// <summary>A bearer token for the Connector, or null to send requests without one.</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
