using System.Net.Http.Headers;
using CertBot.Chat.Requests;
using CertBot.Slack.Inbound;
using Microsoft.Extensions.Options;

namespace CertBot.Slack.WebApi;

/// <summary>
/// The files of a <c>file_share</c> (the CA's answer to a renewal's CSR): fetched from <c>url_private</c> with the bot
/// token, only under <see cref="SlackOptions.FileUrlPrefix"/>, at most <see cref="ChatFile.MaxFiles"/> of
/// <see cref="ChatFile.MaxBytes"/> (a larger one is refused from the size Slack reports, unread).
/// </summary>
public sealed class SlackFileDownloads(IHttpClientFactory clients, IOptions<SlackOptions> options)
{
    /// <summary>The shared files as the chat core reads them, or null when there are none.</summary>
    public async Task<IReadOnlyList<ChatFile>?> ReadAsync(IReadOnlyList<SlackFile>? shared, CancellationToken cancellationToken)
    {
        if (shared is not { Count: > 0 })
        {
            return null;
        }

        var settings = options.Value;
        var client = clients.CreateClient(SlackApiClient.HttpClientName);
        var files = new List<ChatFile>();
        foreach (var file in shared.Take(ChatFile.MaxFiles))
        {
            var name = string.IsNullOrWhiteSpace(file.Name) ? "the shared file" : file.Name;
            if (file.Size > ChatFile.MaxBytes)
            {
                files.Add(ChatFileReader.TooLarge(name));
                continue;
            }

            if (!Uri.TryCreate(file.UrlPrivateDownload ?? file.UrlPrivate, UriKind.Absolute, out var url) || !settings.AllowsFileUrl(url))
            {
                // The token goes with the download: to Slack's file host only.
                files.Add(new ChatFile(name, null, "Slack gave no file address under " + settings.FileUrlPrefix));
                continue;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
            files.Add(await ChatFileReader.ReadAsync(client, request, name, cancellationToken));
        }

        return files;
    }
}
