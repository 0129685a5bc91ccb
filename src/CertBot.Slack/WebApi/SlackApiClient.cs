using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CertBot.Slack.BlockKit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CertBot.Slack.WebApi;

/// <summary>
/// The few Web API methods the bot needs, over HttpClient: <c>chat.postMessage</c>, <c>chat.update</c>,
/// <c>chat.postEphemeral</c>, <c>conversations.open</c>, a text file shared in a thread (<c>files.getUploadURLExternal</c>,
/// the upload, <c>files.completeUploadExternal</c>), and answers to a <c>response_url</c>. Rate limits and outages
/// (<see cref="SlackTransientStatuses"/>) are retried by the resilience handler <c>AddCertBotSlack</c> puts in the
/// named client; Slack's <c>ok:false</c> becomes a <see cref="SlackApiException"/>.
/// </summary>
public sealed class SlackApiClient
{
    /// <summary>The name of the HttpClient (base address = <see cref="SlackOptions.ApiBaseUrl"/>).</summary>
    public const string HttpClientName = "CertBot.Slack";

    private readonly IHttpClientFactory clients;
    private readonly SlackOptions options;
    private readonly ILogger<SlackApiClient> logger;

    public SlackApiClient(IHttpClientFactory clients, IOptions<SlackOptions> options, ILogger<SlackApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.clients = clients;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>Posts a message in a channel, in the thread of <paramref name="threadTs"/> when given.</summary>
    /// <exception cref="SlackApiException">Slack refused (e.g. <c>not_in_channel</c>) or stayed unreachable.</exception>
    public async Task<SlackPostedMessage> PostMessageAsync(string channel, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var answer = await CallAsync("chat.postMessage", new ChatMessageCall(channel, null, threadTs, message.Text, message.Blocks), cancellationToken);
        return new SlackPostedMessage(Read(answer, "channel") ?? channel, Read(answer, "ts") ?? throw new SlackApiException("chat.postMessage", "no_ts_in_answer", 200));
    }

    /// <summary>Replaces a message the bot posted.</summary>
    /// <exception cref="SlackApiException">Slack refused (e.g. <c>message_not_found</c>, <c>cant_update_message</c>).</exception>
    public async Task UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await CallAsync("chat.update", new ChatMessageCall(channel, ts, null, message.Text, message.Blocks), cancellationToken);
    }

    /// <summary>Opens (or finds) the direct message channel between the bot and <paramref name="user"/>: <c>conversations.open</c>.</summary>
    /// <returns>The channel id.</returns>
    /// <exception cref="SlackApiException">Slack refused (e.g. <c>user_not_found</c>, <c>missing_scope</c> without <c>im:write</c>).</exception>
    public async Task<string> OpenDirectAsync(string user, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("conversations.open", new OpenCall(user), cancellationToken);
        return answer.TryGetProperty("channel", out var channel) && Read(channel, "id") is { Length: > 0 } id
            ? id
            : throw new SlackApiException("conversations.open", "no_channel_in_answer", 200);
    }

    /// <summary>A message only <paramref name="user"/> sees (it cannot be updated later).</summary>
    /// <exception cref="SlackApiException">Slack refused.</exception>
    public async Task PostEphemeralAsync(string channel, string user, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await CallAsync("chat.postEphemeral", new EphemeralCall(channel, user, threadTs, message.Text, message.Blocks), cancellationToken);
    }

    /// <summary>
    /// Answers through a slash command's or a click's <c>response_url</c> (only the person sees it): for when the bot
    /// cannot post in the channel at all, e.g. it was never invited.
    /// </summary>
    /// <exception cref="SlackApiException">The URL is not Slack's (<see cref="SlackOptions.ResponseUrlPrefix"/>) or refused the answer.</exception>
    public async Task RespondAsync(Uri responseUrl, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        if (!options.AllowsResponseUrl(responseUrl))
        {
            // The URL arrived inside the request: posting to any other host would make the bot a relay.
            Log.ApiFailed(logger, "response_url", 0, "not under " + options.ResponseUrlPrefix);
            throw new SlackApiException("response_url", "response_url_not_slack", 0);
        }

        var client = clients.CreateClient(HttpClientName);
        using var response = await client.PostAsJsonAsync(
            responseUrl, new ResponseUrlCall("ephemeral", BlockKitLimits.Cut(text, BlockKitLimits.MessageText)), BlockKitJson.Options, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.ApiFailed(logger, "response_url", (int)response.StatusCode, null);
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}", (int)response.StatusCode);
        }
    }

    /// <summary>
    /// Shares a text file in a channel, in the thread of <paramref name="threadTs"/> when given: Slack's upload in three
    /// calls (an upload address, the bytes, the completion that posts it). The bytes go only to an address under
    /// <see cref="SlackOptions.FileUrlPrefix"/>, without the bot token.
    /// </summary>
    /// <exception cref="SlackApiException">Slack refused (e.g. <c>missing_scope</c> without <c>files:write</c>) or gave another address.</exception>
    public async Task UploadTextAsync(string channel, string? threadTs, string fileName, string title, string content, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(content ?? "");
        // This method takes form fields only (no JSON body).
        using var form = new FormUrlEncodedContent([new("filename", fileName), new("length", bytes.Length.ToString(CultureInfo.InvariantCulture))]);
        var slot = await SendAsync("files.getUploadURLExternal", form, cancellationToken);
        var id = Read(slot, "file_id");
        if (id is null || !Uri.TryCreate(Read(slot, "upload_url"), UriKind.Absolute, out var url) || !options.AllowsFileUrl(url))
        {
            Log.ApiFailed(logger, "files.getUploadURLExternal", 200, "no upload address under " + options.FileUrlPrefix);
            throw new SlackApiException("files.getUploadURLExternal", "upload_url_not_slack", 200);
        }

        using var upload = await clients.CreateClient(HttpClientName).PostAsync(url, new ByteArrayContent(bytes), cancellationToken);
        if (!upload.IsSuccessStatusCode)
        {
            Log.ApiFailed(logger, "file upload", (int)upload.StatusCode, null);
            throw new SlackApiException("file upload", $"http_{(int)upload.StatusCode}", (int)upload.StatusCode);
        }

        await CallAsync("files.completeUploadExternal", new CompleteUploadCall([new UploadedFile(id, title)], channel, threadTs), cancellationToken);
    }

    private Task<JsonElement> CallAsync<T>(string method, T payload, CancellationToken cancellationToken) =>
        SendAsync(method, JsonContent.Create(payload, options: BlockKitJson.Options), cancellationToken);

    private async Task<JsonElement> SendAsync(string method, HttpContent content, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.BotToken))
        {
            throw new InvalidOperationException("No Slack bot token: set Slack__BotToken (or SLACK_BOT_TOKEN) in the environment");
        }

        var client = clients.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.BotToken);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.ApiFailed(logger, method, (int)response.StatusCode, null);
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}", (int)response.StatusCode);
        }

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = document.RootElement.Clone();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = Read(root, "error") ?? "no_ok_in_answer";
            Log.ApiFailed(logger, method, (int)response.StatusCode, error);
            throw new SlackApiException(method, error, (int)response.StatusCode, Messages(root));
        }

        return root;
    }

    private static string? Read(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Messages(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("response_metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
            ? [.. messages.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
            : [];

    private sealed record ChatMessageCall(string Channel, string? Ts, string? ThreadTs, string Text, IReadOnlyList<Block> Blocks);

    private sealed record OpenCall(string Users);

    private sealed record UploadedFile(string Id, string Title);

    private sealed record CompleteUploadCall(IReadOnlyList<UploadedFile> Files, string ChannelId, string? ThreadTs);

    private sealed record ResponseUrlCall(string ResponseType, string Text);

    private sealed record EphemeralCall(string Channel, string User, string? ThreadTs, string Text, IReadOnlyList<Block> Blocks);
}
