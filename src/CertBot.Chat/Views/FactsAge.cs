using System.Globalization;

namespace CertBot.Chat.Views;

/// <summary>How old the facts behind an answer are, in the words the cards show: "as of 10:42 UTC (7 min ago)".</summary>
public static class FactsAge
{
    public static string Describe(DateTimeOffset readAt, DateTimeOffset now)
    {
        var age = now - readAt;
        var ago = age < TimeSpan.FromMinutes(1) ? "just now"
            : age < TimeSpan.FromDays(1) ? TimeWords.Duration(TimeSpan.FromMinutes(Math.Floor(age.TotalMinutes))) + " ago"
            : string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalDays} days ago");
        var at = readAt.UtcDateTime.Date == now.UtcDateTime.Date
            ? readAt.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC"
            : TimeWords.AtUtc(readAt);
        return $"as of {at} ({ago})";
    }

    /// <summary>The <b>Refresh</b> button of an answer made from cached facts: reads the cluster again and answers anew.</summary>
    public static ViewAction RefreshAction(IReadOnlyDictionary<string, string> data) => new("Refresh", ChatVerbs.RefreshFacts, data);
}
