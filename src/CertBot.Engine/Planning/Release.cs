using System.Globalization;

namespace CertBot.Engine.Planning;

/// <summary>
/// A node's release as <c>show version active</c> prints it (<c>14.0.1.13900-155</c>), compared by major and
/// minor only: the platform facts the plans follow change at 11.0, 11.5 and 12.0.
/// </summary>
public readonly record struct Release(int Major, int Minor) : IComparable<Release>
{
    /// <summary>The release, or null when the text does not start with <c>major.minor</c>.</summary>
    public static Release? Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split('.', 3);
        return parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
                ? new Release(major, minor)
                : null;
    }

    public int CompareTo(Release other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(Release a, Release b) => a.CompareTo(b) < 0;

    public static bool operator >(Release a, Release b) => a.CompareTo(b) > 0;

    public static bool operator <=(Release a, Release b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Release a, Release b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
