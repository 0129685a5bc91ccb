using System.Net;

namespace CertBot.Teams.Protocol.Connector;

/// <summary>
/// A Connector call that did not succeed (after the retries, for transient statuses). Carries what the
/// Connector said, never the token and never the activity that was sent.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpMethod method, string route, HttpStatusCode statusCode, string? errorCode, string? errorMessage)
        : base($"Connector {method} {route} failed with {(int)statusCode} {errorCode}: {errorMessage}".TrimEnd(' ', ':'))
    {
        Method = method.Method;
        Route = route;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public ConnectorException()
    {
    }

    public string? Method { get; }

    /// <summary>The path called, with ids escaped, without the host.</summary>
    public string? Route { get; }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>The Connector's error code, e.g. <c>MessageWritesBlocked</c> once a user blocked the bot.</summary>
    public string? ErrorCode { get; }
}
