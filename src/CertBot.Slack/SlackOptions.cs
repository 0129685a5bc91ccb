using CertBot.Chat.WebApi;

namespace CertBot.Slack;

/// <summary>
/// The <c>Slack</c> section. The two secrets come from the environment (<c>Slack__SigningSecret</c> and
/// <c>Slack__BotToken</c>, or Slack's usual <c>SLACK_SIGNING_SECRET</c> and <c>SLACK_BOT_TOKEN</c>), never from a
/// committed file.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>The app's signing secret (Basic Information → App Credentials); every inbound request is checked with it.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>The bot user OAuth token (<c>xoxb-…</c>) for the Web API.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Where the Web API lives; tests point it at a loopback server.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How far a request's timestamp may be from now; Slack's guidance is five minutes.</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest request body read; Slack's interactivity payloads carry the whole clicked message.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Retries of a Web API call that answered 429 or a transient 5xx.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff when Slack does not say how long to wait.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest Retry-After honoured; a longer one waits this long and tries again.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The workspaces (<c>team_id</c>, e.g. <c>T0LAB0001</c>) whose requests are served. A signing secret belongs to
    /// one app, and an app distributed to more workspaces signs their requests with the same secret; empty serves
    /// every workspace the app is installed in (the start-up check warns).
    /// </summary>
    public IList<string> AllowedTeams { get; } = [];

    /// <summary>
    /// Where a <c>response_url</c> may point: it comes inside the request, so anything else is refused rather than
    /// posted to. Tests point it at a loopback server.
    /// </summary>
    public Uri ResponseUrlPrefix { get; set; } = new("https://hooks.slack.com/");

    /// <summary>
    /// Where a shared file's <c>url_private</c> may point: the bot token goes with the download, so it is sent nowhere
    /// else. Tests point it at a loopback server.
    /// </summary>
    public Uri FileUrlPrefix { get; set; } = new("https://files.slack.com/");

    /// <summary>Is <paramref name="teamId"/> a workspace this bot serves?</summary>
    public bool AllowsTeam(string? teamId) =>
        AllowedTeams.Count == 0 || (teamId is { Length: > 0 } && AllowedTeams.Contains(teamId, StringComparer.Ordinal));

    /// <summary>Is <paramref name="responseUrl"/> under <see cref="ResponseUrlPrefix"/> (scheme, host, port and path)?</summary>
    public bool AllowsResponseUrl(Uri responseUrl) => Under(responseUrl, ResponseUrlPrefix);

    /// <summary>Is <paramref name="fileUrl"/> under <see cref="FileUrlPrefix"/> (scheme, host, port and path)?</summary>
    public bool AllowsFileUrl(Uri fileUrl) => Under(fileUrl, FileUrlPrefix);

    private static bool Under(Uri url, Uri prefix)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri
            && string.IsNullOrEmpty(url.UserInfo)
            && Uri.Compare(url, prefix, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && url.AbsolutePath.StartsWith(prefix.AbsolutePath, StringComparison.Ordinal);
    }

    internal WebApiRetryPolicy Retry => new(MaxRetries, BaseDelay, MaxRetryAfter);
}
