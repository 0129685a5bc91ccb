using System.Net;

namespace CertBot.Teams.Protocol.Authentication;

/// <summary>
/// With no app id, anyone who reaches <c>/api/messages</c> can claim any identity (an approver's included).
/// That mode is for the local Agents Playground only, so the host refuses to start it on any address but
/// loopback (chat-protocols.md §2).
/// </summary>
public static class LocalModeGuard
{
    /// <summary>Why the host must not start, or null when it may.</summary>
    /// <param name="listenUrls">The host's listening URLs (<c>http://127.0.0.1:3978</c>, <c>http://+:80</c>, …).</param>
    public static string? Check(BotAuthenticationOptions options, IEnumerable<string> listenUrls)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(listenUrls);
        if (!options.AuthenticationDisabled)
        {
            return null;
        }

        var exposed = listenUrls.Where(u => !IsLoopback(u)).ToList();
        return exposed.Count == 0
            ? null
            : $"Teams app id is empty (authentication off) but the host listens on {string.Join(", ", exposed)}. "
              + "Set the app id, tenant id and client secret, or listen on 127.0.0.1 only for local testing.";
    }

    private static bool IsLoopback(string url)
    {
        // Kestrel's wildcards (http://+:80, http://*:80) parse as hosts but mean every interface.
        if (!Uri.TryCreate(url.Replace("://+", "://wildcard.invalid", StringComparison.Ordinal).Replace("://*", "://wildcard.invalid", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback && (IPAddress.TryParse(uri.Host.Trim('[', ']'), out _) || uri.Host == "localhost");
    }
}
