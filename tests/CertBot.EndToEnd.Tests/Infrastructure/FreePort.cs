using System.Net;
using System.Net.Sockets;

namespace CertBot.EndToEnd.Tests.Infrastructure;

/// <summary>A TCP port free on 127.0.0.1 at the moment of asking (tests run beside scripts/run and each other).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
