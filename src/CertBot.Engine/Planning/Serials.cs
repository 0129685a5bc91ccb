namespace CertBot.Engine.Planning;

/// <summary>Serial numbers compared as the platform prints them: hex, any case, leading zeros optional.</summary>
public static class Serials
{
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null &&
        string.Equals(a.Replace(":", "", StringComparison.Ordinal).TrimStart('0'), b.Replace(":", "", StringComparison.Ordinal).TrimStart('0'), StringComparison.OrdinalIgnoreCase);
}
