namespace CertBot.Teams.Protocol.Connector;

/// <summary>
/// The Connector's v3 routes (chat-protocols.md §3.2). Ids are escaped: Teams conversation ids contain
/// <c>:</c>, <c>;</c> and <c>@</c>, and an unescaped <c>;messageid=</c> would be read as a path parameter.
/// </summary>
internal static class ConnectorRoutes
{
    public static string Conversations => "v3/conversations";

    public static string Activities(string conversationId) =>
        $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    public static string Activity(string conversationId, string activityId) =>
        $"{Activities(conversationId)}/{Uri.EscapeDataString(activityId)}";

    /// <summary>One page of a conversation's members (a channel's: its team's), up to <paramref name="pageSize"/>, after <paramref name="continuationToken"/>.</summary>
    public static string PagedMembers(string conversationId, int pageSize, string? continuationToken) =>
        $"v3/conversations/{Uri.EscapeDataString(conversationId)}/pagedmembers?pageSize={pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        + (string.IsNullOrEmpty(continuationToken) ? "" : "&continuationToken=" + Uri.EscapeDataString(continuationToken));

    /// <summary>The absolute address of <paramref name="route"/> under a service URL, whatever its trailing slash.</summary>
    public static Uri Resolve(Uri serviceUrl, string route)
    {
        var root = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl.AbsoluteUri : serviceUrl.AbsoluteUri + "/";
        return new Uri(root + route, UriKind.Absolute);
    }
}
