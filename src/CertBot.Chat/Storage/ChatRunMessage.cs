using CertBot.Chat.Threads;

namespace CertBot.Chat.Storage;

/// <summary>A message posted for a run that may need an update later (a gate card, a failure card, a gate's copy to an approver).</summary>
/// <param name="Key"><c>gate:&lt;gate id&gt;</c>, <c>gate:&lt;gate id&gt;|&lt;principal&gt;</c> for the copy sent to a person, or <c>attention:&lt;step&gt;:&lt;event id&gt;</c>.</param>
/// <param name="Settled">It shows its final state; nothing will change it any more.</param>
/// <param name="Conversation">Where it was posted when not in the run's thread (a person's personal chat); null for the thread.</param>
public sealed record ChatRunMessage(Guid RunId, string Key, string MessageId, DateTimeOffset PostedAt, bool Settled = false, ChatConversation? Conversation = null)
{
    public const string GatePrefix = "gate:";
    public const string AttentionPrefix = "attention:";

    /// <summary>Separates a gate copy's recipient from the gate in <see cref="Key"/>.</summary>
    private const char CopySeparator = '|';

    public static string GateKey(Guid gateId) => GatePrefix + gateId.ToString("D");

    /// <summary>The key of the gate's copy sent to <paramref name="principal"/>.</summary>
    public static string GateCopyKey(Guid gateId, string principal) => GateKey(gateId) + CopySeparator + principal;

    public static string AttentionKey(int stepIndex, long eventId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{AttentionPrefix}{stepIndex}:{eventId}");

    public Guid? GateId => Key.StartsWith(GatePrefix, StringComparison.Ordinal) && Guid.TryParse(Key[GatePrefix.Length..].Split(CopySeparator)[0], out var id) ? id : null;

    /// <summary>The person a gate copy was sent to; null for the card in the run's thread.</summary>
    public string? CopyFor => GateId is not null && Key.IndexOf(CopySeparator, StringComparison.Ordinal) is > 0 and var at ? Key[(at + 1)..] : null;

    /// <summary>The step index of an attention message.</summary>
    public int? AttentionStep => Key.StartsWith(AttentionPrefix, StringComparison.Ordinal)
        && int.TryParse(Key[AttentionPrefix.Length..].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture, out var step) ? step : null;
}
