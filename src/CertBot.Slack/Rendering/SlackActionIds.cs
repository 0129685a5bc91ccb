namespace CertBot.Slack.Rendering;

/// <summary>How a button's <c>action_id</c> carries the view's verb.</summary>
internal static class SlackActionIds
{
    /// <summary>Separates the verb from a suffix that only keeps twin buttons apart.</summary>
    public const char Separator = '#';

    public static string VerbOf(string actionId)
    {
        ArgumentNullException.ThrowIfNull(actionId);
        var cut = actionId.IndexOf(Separator, StringComparison.Ordinal);
        return cut < 0 ? actionId : actionId[..cut];
    }
}
