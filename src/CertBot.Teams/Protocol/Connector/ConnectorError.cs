using System.Text.Json;

namespace CertBot.Teams.Protocol.Connector;

/// <summary>The Connector's error body: <c>{"error":{"code":"…","message":"…"}}</c>.</summary>
internal sealed record ConnectorError(string? Code, string? Message)
{
    private const int MaxMessageLength = 300;

    public static async Task<ConnectorError?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return new ConnectorError(StringOf(error, "code"), Shorten(StringOf(error, "message")));
            }
        }
        catch (JsonException)
        {
            // Not the Connector's format: keep the start of whatever it was.
        }

        return new ConnectorError(null, Shorten(text));
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Shorten(string? text) => text is { Length: > MaxMessageLength } ? text[..MaxMessageLength] + "…" : text;
}
