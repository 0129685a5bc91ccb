using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Transport;

/// <summary>Reads the OpenSSH client's diagnostics to tell why a connection ended.</summary>
public static class SshClosureClassifier
{
    /// <param name="loggedIn">True once the first prompt was seen: from then on any end is a lost session.</param>
    public static NodeFailure Classify(ChannelClosure closure, bool loggedIn)
    {
        ArgumentNullException.ThrowIfNull(closure);
        var d = closure.Diagnostics;
        if (Has(d, "REMOTE HOST IDENTIFICATION HAS CHANGED") || Has(d, "Host key verification failed") || Has(d, "host key for") && Has(d, "has changed"))
        {
            return NodeFailure.HostKeyMismatch;
        }

        if (loggedIn)
        {
            return NodeFailure.SessionLost;
        }

        if (Has(d, "Permission denied") || Has(d, "Too many authentication failures") || Has(d, "Authentication failed"))
        {
            return NodeFailure.AuthenticationFailed;
        }

        if (Has(d, "Connection refused") || Has(d, "Connection timed out") || Has(d, "No route to host") || Has(d, "Could not resolve")
            || Has(d, "Network is unreachable") || Has(d, "Name or service not known") || Has(d, "Operation timed out"))
        {
            return NodeFailure.Unreachable;
        }

        return NodeFailure.SessionLost;
    }

    private static bool Has(string text, string fragment) => text.Contains(fragment, StringComparison.OrdinalIgnoreCase);
}
