using CertBot.Teams.Protocol.Connector;

namespace CertBot.Teams.Tests.Support;

/// <summary>A token source that hands out one fixed token and counts the calls.</summary>
internal sealed class FixedTokenSource(string token) : IConnectorTokenSource
{
    public int Calls { get; private set; }

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return ValueTask.FromResult<string?>(token);
    }
}
