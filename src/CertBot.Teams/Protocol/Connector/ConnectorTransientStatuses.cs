using System.Net;

namespace CertBot.Teams.Protocol.Connector;

/// <summary>
/// The answers Teams documents as transient (429, 412, 502, 504: rate-limit.md), the ones the Connector client's
/// retry tries again; every other failure is final.
/// </summary>
internal static class ConnectorTransientStatuses
{
    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout,
    ];

    public static bool IsTransient(HttpStatusCode status) => Transient.Contains(status);
}
