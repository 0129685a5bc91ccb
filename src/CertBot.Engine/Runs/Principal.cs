using System.Diagnostics.CodeAnalysis;

namespace CertBot.Engine.Runs;

/// <summary>
/// Who asks or decides: <c>aad:&lt;object id&gt;</c> (Teams), <c>slack:&lt;user id&gt;</c>, <c>cli:&lt;name&gt;</c>.
/// Compared case-insensitively in the kind, exactly in the id.
/// </summary>
public sealed record Principal(string Kind, string Id)
{
    public const string Aad = "aad";
    public const string Slack = "slack";
    public const string Cli = "cli";

    public bool IsCli => Kind == Cli;

    public static bool TryParse(string? text, [NotNullWhen(true)] out Principal? principal)
    {
        principal = null;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        var kind = text[..colon].ToLowerInvariant();
        if (kind is not (Aad or Slack or Cli))
        {
            return false;
        }

        principal = new Principal(kind, text[(colon + 1)..].Trim());
        return principal.Id.Length > 0;
    }

    public override string ToString() => $"{Kind}:{Id}";
}
