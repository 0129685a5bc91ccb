namespace CertBot.Chat.Views;

/// <summary>One certificate on an expiry card.</summary>
/// <param name="What">The identity unit (<c>tomcat</c>) or the trust file (<c>tomcat-trust/Old_CA.pem</c>).</param>
/// <param name="Remedy">What fixes it, in words: <c>regeneration</c>, <c>renewal</c>, <c>purge</c>, or <c>none</c>.</param>
public sealed record ExpiryRow(string Node, string What, DateTimeOffset NotAfter, int DaysLeft, bool Expired, bool SelfSigned, string Remedy)
{
    /// <summary>The row as one line of text (Slack, fallbacks).</summary>
    public static string Line(ExpiryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return System.FormattableString.Invariant(
            $"{row.Node} · {row.What} · {(row.SelfSigned ? "self-signed" : "CA-signed")} · expires {row.NotAfter:yyyy-MM-dd} ({(row.Expired ? "EXPIRED" : row.DaysLeft + " days left")})");
    }
}
