using System.Globalization;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Views;

/// <summary>How the final card writes one verified change: old → new serial and expiry, the entry deleted or imported, the service.</summary>
public static class ChangeWords
{
    public static string Of(NodeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var note = change.Note is null ? "" : $" ({change.Note})";
        return change.Kind switch
        {
            ChangeKind.Regenerated => $"{change.What} regenerated: {Replacement(change)}",
            ChangeKind.Renewed => $"{change.What} renewed{note}: {Replacement(change)}",
            ChangeKind.TrustDeleted when change.Note is null => $"deleted {change.What}{Serial(change.OldSerial)}",
            ChangeKind.TrustDeleted => $"{change.What}{Serial(change.OldSerial)} gone: {change.Note}",
            ChangeKind.TrustImported => $"imported {change.What}" + (change.NewSerial is null ? "" : $" (serial {change.NewSerial}, expires {Day(change.NewNotAfter)})")
                + (change.Note is null ? "" : $": {change.Note}"),
            ChangeKind.ServiceStopped => $"{change.What} stopped",
            ChangeKind.ServiceStarted => $"{change.What} started",
            _ => $"{change.What} restarted",
        };
    }

    /// <summary>The plural noun of a kind, for the count of a collapsed list ("3 trust deletions").</summary>
    public static string Plural(ChangeKind kind) => kind switch
    {
        ChangeKind.Regenerated => "regenerations",
        ChangeKind.Renewed => "renewals",
        ChangeKind.TrustDeleted => "trust deletions",
        ChangeKind.TrustImported => "trust imports",
        ChangeKind.ServiceStopped => "service stops",
        ChangeKind.ServiceStarted => "service starts",
        _ => "service restarts",
    };

    /// <summary>"2026-12-05": an expiry is a day; "?" where it was not known.</summary>
    public static string Day(DateTimeOffset? at) => at is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "?";

    private static string Replacement(NodeChange change) =>
        $"serial {change.OldSerial ?? "?"} → {change.NewSerial ?? "?"}, expires {Day(change.OldNotAfter)} → {Day(change.NewNotAfter)}";

    private static string Serial(string? serial) => serial is null ? "" : $" (serial {serial})";
}
