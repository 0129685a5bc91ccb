namespace CertBot.Chat.Storage;

/// <summary>A message posted for a run that may need an update later (a gate card, a failure card).</summary>
/// <param name="Key"><c>gate:&lt;gate id&gt;</c> or <c>attention:&lt;step&gt;:&lt;event id&gt;</c>.</param>
/// <param name="Settled">It shows its final state; nothing will change it any more.</param>
public sealed record ChatRunMessage(Guid RunId, string Key, string MessageId, DateTimeOffset PostedAt, bool Settled = false)
{
    public const string GatePrefix = "gate:";
    public const string AttentionPrefix = "attention:";

    public static string GateKey(Guid gateId) => GatePrefix + gateId.ToString("D");

    public static string AttentionKey(int stepIndex, long eventId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{AttentionPrefix}{stepIndex}:{eventId}");

    public Guid? GateId => Key.StartsWith(GatePrefix, StringComparison.Ordinal) && Guid.TryParse(Key[GatePrefix.Length..], out var id) ? id : null;

    /// <summary>The step index of an attention message.</summary>
    public int? AttentionStep => Key.StartsWith(AttentionPrefix, StringComparison.Ordinal)
        && int.TryParse(Key[AttentionPrefix.Length..].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture, out var step) ? step : null;
}
