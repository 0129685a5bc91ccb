using System.Diagnostics;
using CertBot.Cisco.Transport;
using CertBot.Cisco.Transport.SshNet;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Cisco.Tests.Transport;

/// <summary>
/// Logins whose node hangs in the key exchange: SSH.NET waits synchronously there, so a connect must not hold a
/// thread-pool thread while it waits (200 nodes read at once starved the pool), and cancelling must still end it.
/// </summary>
public sealed class SshConnectorStallTests
{
    private const string AnyPin = "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    [Fact]
    public async Task Connect_CancelledWhileTheNodeStallsTheKeyExchange_EndsAsCancelled_WellBeforeTheTimeout()
    {
        await using var server = new StalledKeyExchangeServer();
        var connector = Connector(TimeSpan.FromSeconds(60));
        using var cancel = new CancellationTokenSource();
        var connecting = connector.ConnectAsync(Endpoint("stalled", server.Port), c => new Renci.SshNet.SshClient(c), cancel.Token);
        await WaitUntilAsync(() => server.Identified == 1);
        var clock = Stopwatch.StartNew();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the cancelled connect ended after {clock.Elapsed}");
    }

    [Fact]
    public async Task ManyConnects_StalledInTheKeyExchangeAtOnce_AllTimeOutAsUnreachable_AtTheirOwnTimeout()
    {
        // 100 waits of 2 s each: on pool threads (grown by about one every half second) they would end one
        // wave after another, tens of seconds in all; on their own threads they end together.
        await using var server = new StalledKeyExchangeServer();
        var connector = Connector(TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();

        var failures = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => FailureOfAsync(connector, Endpoint($"node-{i}", server.Port))));

        Assert.All(failures, f => Assert.Equal(NodeFailure.Unreachable, f));
        Assert.Equal(100, server.Identified);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"100 stalled logins took {clock.Elapsed} to time out");
    }

    private static async Task<NodeFailure> FailureOfAsync(SshConnector connector, SshEndpoint endpoint)
    {
        var e = await Assert.ThrowsAsync<NodeException>(() => connector.ConnectAsync(endpoint, c => new Renci.SshNet.SshClient(c), CancellationToken.None));
        return e.Failure;
    }

    private static SshConnector Connector(TimeSpan timeout) =>
        new(new SshSettings { ConnectTimeout = timeout }, NullLoggerFactory.Instance);

    private static SshEndpoint Endpoint(string name, int port) => new(name, "127.0.0.1", port, "admin", "unused", AnyPin);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.True(waited < 10_000, "the client never reached the key exchange");
            await Task.Delay(20);
        }
    }
}
