using System.Security.Claims;

namespace CertBot.Teams.Protocol.Authentication;

/// <summary>The outcome of checking one inbound request's bearer token.</summary>
public sealed record BotAuthenticationResult
{
    private BotAuthenticationResult(bool succeeded, bool anonymous, ClaimsIdentity? identity, string? failure)
    {
        Succeeded = succeeded;
        IsAnonymous = anonymous;
        Identity = identity;
        Failure = failure;
    }

    public bool Succeeded { get; }

    /// <summary>No token and no app id: the local development mode, where any caller can claim any identity.</summary>
    public bool IsAnonymous { get; }

    public ClaimsIdentity? Identity { get; }

    /// <summary>Why the request is refused (for the log; the caller only sees 401).</summary>
    public string? Failure { get; }

    public static BotAuthenticationResult Anonymous { get; } = new(true, true, null, null);

    public static BotAuthenticationResult Authenticated(ClaimsIdentity identity) => new(true, false, identity, null);

    public static BotAuthenticationResult Failed(string reason) => new(false, false, null, reason);
}
