namespace CertBot.Teams.Protocol;

/// <summary>
/// An attachment; outbound, CertBot only attaches Adaptive Cards. Inbound, a file sent in a personal chat arrives as
/// <see cref="FileDownloadInfo"/> with its name and a <c>downloadUrl</c> in the content.
/// </summary>
/// <param name="Content">The card when outbound; a <see cref="System.Text.Json.JsonElement"/> when read.</param>
public sealed record Attachment(string? ContentType, object? Content)
{
    /// <summary>A file a person sent the bot in a personal chat (the content holds <c>downloadUrl</c>, <c>fileType</c>).</summary>
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The file's name, for a file attachment.</summary>
    public string? Name { get; init; }

    public static Attachment Card(Cards.AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment(Cards.AdaptiveCard.ContentType, card);
    }
}
