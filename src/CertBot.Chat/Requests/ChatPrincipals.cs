using CertBot.Engine.Runs;

namespace CertBot.Chat.Requests;

/// <summary>How a chat identity becomes the engine's principal; approvers are configured in the same form.</summary>
public static class ChatPrincipals
{
    /// <summary>A Teams user: their Entra object id (<c>from.aadObjectId</c>), opaque, compared case-insensitively by the engine.</summary>
    public static string Teams(string aadObjectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return "aad:" + aadObjectId.Trim();
    }

    /// <summary>A Slack user (<c>user.id</c>).</summary>
    public static string Slack(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return "slack:" + userId.Trim();
    }

    /// <summary>The platform a principal writes from (<c>teams</c> for <c>aad:</c>, <c>slack</c>), or null for <c>cli:</c>.</summary>
    public static string? PlatformOf(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.Kind switch
        {
            Principal.Aad => "teams",
            Principal.Slack => "slack",
            _ => null,
        };
    }
}
