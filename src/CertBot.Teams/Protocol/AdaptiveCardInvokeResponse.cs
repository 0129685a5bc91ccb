using CertBot.Teams.Cards;
using Microsoft.AspNetCore.Http;

namespace CertBot.Teams.Protocol;

/// <summary>
/// The body of the HTTP 200 that answers an <c>adaptiveCard/action</c> invoke (chat-protocols.md §1.5): a card
/// that replaces the clicked one for the clicker, a short message, or an error.
/// </summary>
public sealed record AdaptiveCardInvokeResponse
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    private AdaptiveCardInvokeResponse(int statusCode, string type, object value)
    {
        StatusCode = statusCode;
        Type = type;
        Value = value;
    }

    public int StatusCode { get; }

    public string Type { get; }

    /// <summary>An <see cref="AdaptiveCard"/>, a string, or an <see cref="InvokeError"/>; written as its runtime type.</summary>
    public object Value { get; }

    /// <summary>
    /// The HTTP answer to the invoke: always 200 (the outcome is <see cref="StatusCode"/> inside the body, as the
    /// Connector expects), the body written with the Connector's JSON settings.
    /// </summary>
    public IResult ToHttpResult() => Results.Json(this, ConnectorJson.Options, statusCode: StatusCodes.Status200OK);

    public static AdaptiveCardInvokeResponse Card(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new AdaptiveCardInvokeResponse(200, AdaptiveCard.ContentType, card);
    }

    public static AdaptiveCardInvokeResponse Message(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return new AdaptiveCardInvokeResponse(200, MessageType, text);
    }

    /// <param name="statusCode">400 for a request CertBot cannot act on, 500 for a failure of its own.</param>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, new InvokeError(code, message));
}
