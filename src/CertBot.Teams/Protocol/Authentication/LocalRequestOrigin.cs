using System.Net;

namespace CertBot.Teams.Protocol.Authentication;

/// <summary>
/// Where a request and its replies may come from and go to. With authentication off, a web page in the operator's
/// browser could otherwise POST to <c>127.0.0.1:3978</c> (a <c>text/plain</c> body needs no CORS preflight), claim
/// any identity and make the bot post to a <c>serviceUrl</c> of its choosing; a loopback Host header (no DNS
/// rebinding) and a loopback <c>serviceUrl</c> keep that mode to the local Agents Playground.
/// </summary>
public static class LocalRequestOrigin
{
    /// <summary>Is <paramref name="host"/> (a Host header, with or without port) a loopback name or address?</summary>
    public static bool IsLoopbackHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return false;
        }

        return Uri.TryCreate("http://" + host.Trim(), UriKind.Absolute, out var uri) && IsLoopback(uri);
    }

    /// <summary>Is <paramref name="url"/> an absolute URL on a loopback name or address?</summary>
    public static bool IsLoopbackUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsLoopback(uri);

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
