using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CertBot.Slack.Signing;

/// <summary>
/// Slack's request signing, version <c>v0</c>: HMAC-SHA256 with the signing secret over
/// <c>v0:&lt;timestamp&gt;:&lt;raw body&gt;</c>, hex, prefixed <c>v0=</c>. The timestamp must lie within the tolerance
/// of now (a replayed request is older), and the comparison takes the same time whatever bytes differ.
/// </summary>
public sealed class SlackSignatureVerifier(TimeProvider time)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    private const string Version = "v0";

    public SignatureCheck Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> rawBody, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(signingSecret))
        {
            // No secret configured is never "accept everything".
            return SignatureCheck.NoSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.BadTimestamp;
        }

        var age = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > tolerance.TotalSeconds)
        {
            return SignatureCheck.Stale;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(signingSecret, timestamp, rawBody));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The <c>X-Slack-Signature</c> value for a body sent at <paramref name="timestamp"/> (Unix seconds).</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> rawBody)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var data = new byte[prefix.Length + rawBody.Length];
        prefix.CopyTo(data, 0);
        rawBody.CopyTo(data.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), data);
        return Version + "=" + Convert.ToHexStringLower(mac);
    }
}
