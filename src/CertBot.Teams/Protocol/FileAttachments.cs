using System.Net;
using System.Text.Json;
using CertBot.Chat.Requests;

namespace CertBot.Teams.Protocol;

/// <summary>
/// The files of a personal-chat message (<see cref="Attachment.FileDownloadInfo"/>): Teams gives the bot a
/// pre-authorised <c>downloadUrl</c>, fetched without CertBot's credentials, over HTTPS only (plain HTTP only to a
/// loopback address, as in local mode), at most <see cref="ChatFile.MaxFiles"/> files of <see cref="ChatFile.MaxBytes"/>.
/// </summary>
public sealed class FileAttachments(IHttpClientFactory clients)
{
    /// <summary>The named HttpClient the files are fetched with (no Connector token, no retries).</summary>
    public const string HttpClientName = "CertBot.Teams.Files";

    /// <summary>The message's files, or null when it has none.</summary>
    public async Task<IReadOnlyList<ChatFile>?> ReadAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var attachments = (activity.Attachments ?? []).Where(a => a.ContentType == Attachment.FileDownloadInfo).Take(ChatFile.MaxFiles).ToList();
        if (attachments.Count == 0)
        {
            return null;
        }

        var files = new List<ChatFile>();
        var client = clients.CreateClient(HttpClientName);
        foreach (var attachment in attachments)
        {
            var name = string.IsNullOrWhiteSpace(attachment.Name) ? "the attached file" : attachment.Name;
            if (DownloadUrl(attachment) is not { } url)
            {
                files.Add(new ChatFile(name, null, "Teams gave no download address for it that CertBot may use (HTTPS)"));
                continue;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            files.Add(await ChatFileReader.ReadAsync(client, request, name, cancellationToken));
        }

        return files;
    }

    private static Uri? DownloadUrl(Attachment attachment)
    {
        if (attachment.Content is not JsonElement { ValueKind: JsonValueKind.Object } content || !content.TryGetProperty("downloadUrl", out var value)
            || value.ValueKind != JsonValueKind.String || !Uri.TryCreate(value.GetString(), UriKind.Absolute, out var url) || url.UserInfo.Length > 0)
        {
            return null;
        }

        return url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip)))
            ? url
            : null;
    }
}
