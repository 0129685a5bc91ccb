using System.Diagnostics.CodeAnalysis;
using CertBot.Teams.Protocol.Authentication;

namespace CertBot.Teams.Protocol;

/// <summary>
/// An inbound Connector request after <see cref="InboundRequestGate"/>: an authenticated activity, or the HTTP
/// status (400, 401, 403, 415) to answer with and why.
/// </summary>
public sealed record InboundRequest
{
    private InboundRequest(Activity? activity, BotAuthenticationResult? authentication, int refusalStatus, string? problem)
    {
        Activity = activity;
        Authentication = authentication;
        RefusalStatus = refusalStatus;
        Problem = problem;
    }

    public Activity? Activity { get; }

    public BotAuthenticationResult? Authentication { get; }

    /// <summary>400, 401, 403 or 415 when refused; 0 when admitted.</summary>
    public int RefusalStatus { get; }

    /// <summary>Why it was refused, for the log (the caller gets only the status and, for 400, this text).</summary>
    public string? Problem { get; }

    [MemberNotNullWhen(true, nameof(Activity), nameof(Authentication))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Admitted => Activity is not null && Authentication is not null;

    public static InboundRequest Admit(Activity activity, BotAuthenticationResult authentication) => new(activity, authentication, 0, null);

    public static InboundRequest BadRequest(string problem) => new(null, null, 400, problem);

    public static InboundRequest Unauthorized(string problem) => new(null, null, 401, problem);

    /// <summary>Refused with another status (403 for a foreign channel or origin, 415 for a body that is not JSON).</summary>
    public static InboundRequest Refused(int status, string problem) => new(null, null, status, problem);
}
