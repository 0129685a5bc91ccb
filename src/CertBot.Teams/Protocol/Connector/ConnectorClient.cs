using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CertBot.Teams.Protocol.Connector;

/// <summary>
/// The outbound half of the Bot Framework v3 Connector protocol (chat-protocols.md §3): posts into a
/// conversation or thread, replies, updates a card in place, creates a channel thread. A typed
/// <see cref="HttpClient"/>; every call carries a fresh token from <see cref="IConnectorTokenSource"/>, and
/// transient answers (<see cref="ConnectorTransientStatuses"/>) are retried by the resilience handler
/// <c>AddCertBotTeamsProtocol</c> puts in this client.
/// </summary>
public sealed class ConnectorClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly IConnectorTokenSource _tokens;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(HttpClient http, IConnectorTokenSource tokens, ILogger<ConnectorClient> logger)
    {
        _http = http;
        _tokens = tokens;
        _logger = logger;
    }

    /// <summary>Posts into a conversation; a thread's conversation id posts into the thread. Also the proactive path.</summary>
    public Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostActivityAsync(serviceUrl, ConnectorRoutes.Activities(conversationId), activity, cancellationToken);

    /// <summary>Posts as a reply to <paramref name="activityId"/>.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(
        Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        PostActivityAsync(serviceUrl, ConnectorRoutes.Activity(conversationId, activityId), activity with { ReplyToId = activityId }, cancellationToken);

    /// <summary>Replaces the message <paramref name="activityId"/> (a card updated in place).</summary>
    public async Task UpdateActivityAsync(
        Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var response = await SendAsync(
            HttpMethod.Put, serviceUrl, ConnectorRoutes.Activity(conversationId, activityId), activity with { Id = activityId }, cancellationToken);
    }

    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, serviceUrl, ConnectorRoutes.Activity(conversationId, activityId), null, cancellationToken);
    }

    /// <summary>Starts a conversation; in a Teams channel, a new top-level post whose thread later posts go to.</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(
        Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, serviceUrl, ConnectorRoutes.Conversations, parameters, cancellationToken);
        return await ReadAsync<ConversationResourceResponse>(response, cancellationToken) ?? new ConversationResourceResponse(null, null, null);
    }

    /// <summary>
    /// One page of the conversation's roster (<c>GET …/pagedmembers</c>, chat-protocols.md §3.2): for a channel, the
    /// members of its team, each with their <c>29:</c> id and Entra object id. Pass the token of the previous page for the next.
    /// </summary>
    public async Task<PagedMembersResult> GetPagedMembersAsync(
        Uri serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, serviceUrl, ConnectorRoutes.PagedMembers(conversationId, pageSize, continuationToken), null, cancellationToken);
        return await ReadAsync<PagedMembersResult>(response, cancellationToken) ?? new PagedMembersResult(null, null);
    }

    /// <summary>Replies in the thread a stored reference points to (the inbound activity, or the run's thread).</summary>
    public Task<ResourceResponse> ReplyAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var addressed = reference.Address(activity);
        return reference.ActivityId is { Length: > 0 } replyTo
            ? ReplyToActivityAsync(reference.ServiceUrl, reference.ConversationId, replyTo, addressed, cancellationToken)
            : SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, addressed, cancellationToken);
    }

    /// <summary>Posts without an inbound turn (progress, gate and failure messages) into the referenced conversation.</summary>
    public Task<ResourceResponse> SendProactiveAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, reference.Address(activity), cancellationToken);
    }

    /// <summary>Updates a message posted earlier in the referenced conversation.</summary>
    public Task UpdateAsync(ConversationReference reference, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, activityId, reference.Address(activity), cancellationToken);
    }

    private async Task<ResourceResponse> PostActivityAsync(Uri serviceUrl, string route, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var response = await SendAsync(HttpMethod.Post, serviceUrl, route, activity, cancellationToken);
        return await ReadAsync<ResourceResponse>(response, cancellationToken) ?? new ResourceResponse(null);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri serviceUrl, string route, object? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var address = ConnectorRoutes.Resolve(serviceUrl, route);
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ConnectorJson.Options);
        using var request = new HttpRequestMessage(method, address);
        var token = await _tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            EnsureSafeForToken(address);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload);
            request.Content.Headers.ContentType = Json;
        }

        var response = await _http.SendAsync(request, cancellationToken);

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var error = await ConnectorError.ReadAsync(response, cancellationToken);
            Log.ConnectorFailed(_logger, method.Method, address.AbsolutePath, (int)response.StatusCode, error?.Code);
            throw new ConnectorException(method, address.AbsolutePath, response.StatusCode, error?.Code, error?.Message);
        }
    }

    /// <summary>The bot's token goes over HTTPS only; plain HTTP is for a connector on this machine (the Playground).</summary>
    private static void EnsureSafeForToken(Uri address)
    {
        if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
        {
            throw new ConnectorException($"Refusing to send the bot's token over {address.Scheme} to {address.Host}: service URLs must be HTTPS.");
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ConnectorJson.Options);
        }
        catch (JsonException)
        {
            // A 2xx with a body that is not ours to read (a proxy page): the call itself succeeded.
            return null;
        }
    }
}
