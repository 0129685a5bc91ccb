namespace CertBot.Teams.Protocol.Connector;

/// <summary>No token: the local development mode with an empty app id, talking to a connector on loopback.</summary>
public sealed class AnonymousTokenSource : IConnectorTokenSource
{
    public static AnonymousTokenSource Instance { get; } = new();

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
