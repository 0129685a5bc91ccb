using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CertBot.Cisco.Tests.Transport;

/// <summary>
/// A TCP server on loopback that greets like an SSH server and then never answers the key exchange: a node
/// that hangs after its banner. Counts the clients that got as far as sending their own identification.
/// </summary>
internal sealed class StalledKeyExchangeServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly List<TcpClient> clients = [];
    private readonly Task accepting;
    private int identified;

    public StalledKeyExchangeServer()
    {
        listener.Start(backlog: 512);
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Clients that sent their identification line, so wait in the key exchange now.</summary>
    public int Identified => Volatile.Read(ref identified);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        lock (clients)
        {
            clients.ForEach(c => c.Dispose());
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            lock (clients)
            {
                clients.Add(client);
            }

            _ = GreetAndStallAsync(client.GetStream());
        }
    }

    private async Task GreetAndStallAsync(NetworkStream stream)
    {
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("SSH-2.0-OpenSSH_7.4\r\n"), stop.Token);
            var buffer = new byte[4096];
            var seen = false;
            while (await stream.ReadAsync(buffer, stop.Token) > 0)
            {
                if (!seen)
                {
                    seen = true;
                    Interlocked.Increment(ref identified);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client gave up or the server stops: either ends the stall.
        }
    }
}
