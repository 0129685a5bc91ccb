namespace CertBot.Slack.Inbound;

/// <summary>A file shared in a message (Events API <c>files[]</c>): read with the bot token from <see cref="UrlPrivate"/>.</summary>
/// <param name="Size">Bytes, as Slack reports them; a file too large is refused before it is fetched.</param>
public sealed record SlackFile(string? Id, string? Name, string? Mimetype, long? Size, string? UrlPrivate, string? UrlPrivateDownload);
