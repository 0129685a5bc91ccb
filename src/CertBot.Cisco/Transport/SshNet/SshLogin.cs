using Renci.SshNet;
using Renci.SshNet.Common;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// The connection parameters of one attempt: keyboard-interactive first (what CUCM's PAM login asks, and what
/// OpenSSH prefers too), password for servers that offer only that; no keys, no agent. Each method is tried once,
/// so a wrong password costs two attempts, not a retry storm. Keyboard-interactive answers only prompts that ask
/// for the password (not echoed, "password" in the text); any other question stays unanswered and fails the login.
/// </summary>
public static class SshLogin
{
    /// <summary>A connection that logs in as the endpoint's user, offering only <paramref name="hostKeys"/>.</summary>
    public static ConnectionInfo Connection(SshEndpoint endpoint, SshSettings settings, HostKeyFamily hostKeys)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(settings);
        var password = new PasswordAuthenticationMethod(endpoint.Username, endpoint.Password);
        var interactive = new KeyboardInteractiveAuthenticationMethod(endpoint.Username);
        interactive.AuthenticationPrompt += (_, e) => AnswerPasswordPrompts(e, endpoint.Password);
        var connection = new ConnectionInfo(endpoint.Host, endpoint.Port, endpoint.Username, interactive, password)
        {
            Timeout = settings.ConnectTimeout,
        };
        SshAlgorithms.Apply(connection, endpoint.AllowLegacyAlgorithms, hostKeys);
        return connection;
    }

    /// <summary>A connection that never authenticates: only its key exchange is used (<c>certbot trust-host</c>).</summary>
    public static ConnectionInfo KeyExchangeOnly(string host, int port, SshSettings settings, bool allowLegacy, HostKeyFamily hostKeys)
    {
        var connection = new ConnectionInfo(host, port, "certbot-trust-host", new NoneAuthenticationMethod("certbot-trust-host")) { Timeout = settings.ConnectTimeout };
        SshAlgorithms.Apply(connection, allowLegacy, hostKeys);
        return connection;
    }

    /// <summary>Fills in the password for prompts that ask for it; leaves every other prompt unanswered.</summary>
    public static void AnswerPasswordPrompts(AuthenticationPromptEventArgs e, string password)
    {
        ArgumentNullException.ThrowIfNull(e);
        foreach (var prompt in e.Prompts.Where(p => !p.IsEchoed && p.Request.Contains("password", StringComparison.OrdinalIgnoreCase)))
        {
            prompt.Response = password;
        }
    }
}
