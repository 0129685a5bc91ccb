using System.Text.Json;

namespace CertBot.Teams.Protocol;

/// <summary>
/// Reads a <c>POST /api/messages</c> body into an <see cref="Activity"/>, refusing what is too large, not JSON,
/// or lacks the fields CertBot would act on, so that a rejected body changes nothing downstream.
/// </summary>
public static class InboundActivityReader
{
    /// <summary>Teams' own messages stay far below this; a card action's payload is a few kilobytes.</summary>
    public const int DefaultMaxBytes = 256 * 1024;

    private static readonly HashSet<string> Conversational = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
    };

    public static async Task<ActivityReadResult> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return ActivityReadResult.Rejected(ActivityRejection.TooLarge, $"The body is larger than {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    public static ActivityReadResult Parse(ReadOnlyMemory<byte> json)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(json.Span, ConnectorJson.Options);
        }
        catch (JsonException e)
        {
            // The position helps whoever sends it; the message of a JsonException never quotes the payload.
            return ActivityReadResult.Rejected(ActivityRejection.Malformed, $"The body is not an activity: {e.Message}");
        }

        return activity is null
            ? ActivityReadResult.Rejected(ActivityRejection.Malformed, "The body is JSON null.")
            : Validate(activity);
    }

    private static ActivityReadResult Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityReadResult.Rejected(ActivityRejection.MissingType, "The activity has no type.");
        }

        if (!Conversational.Contains(activity.Type))
        {
            return ActivityReadResult.Of(activity);
        }

        var missing = new List<string>();
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            missing.Add("serviceUrl (an absolute http(s) URL)");
        }

        AddIfBlank(missing, activity.ChannelId, "channelId");
        AddIfBlank(missing, activity.Conversation?.Id, "conversation.id");
        AddIfBlank(missing, activity.From?.Id, "from.id");
        AddIfBlank(missing, activity.Recipient?.Id, "recipient.id");
        if (activity.Type == ActivityTypes.Invoke)
        {
            AddIfBlank(missing, activity.Name, "name");
        }

        return missing.Count == 0
            ? ActivityReadResult.Of(activity)
            : ActivityReadResult.Rejected(ActivityRejection.MissingField, $"A {activity.Type} activity needs {string.Join(", ", missing)}.");
    }

    private static void AddIfBlank(List<string> missing, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            missing.Add(field);
        }
    }
}
