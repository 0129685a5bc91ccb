using System.Diagnostics.CodeAnalysis;

namespace CertBot.Engine.Runs;

/// <summary>
/// Who asks or decides: <c>aad:&lt;object id&gt;</c> (Teams), <c>slack:&lt;user id&gt;</c>, <c>cli:&lt;name&gt;</c>.
/// The kind is case-insensitive; so is an <c>aad:</c> id (a GUID); other ids are compared exactly.
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

        var id = text[(colon + 1)..].Trim();
        // Entra object ids are GUIDs, printed in either case; Slack ids and CLI names are compared as written.
        principal = new Principal(kind, kind == Aad ? id.ToLowerInvariant() : id);
        return principal.Id.Length > 0;
    }

    public override string ToString() => $"{Kind}:{Id}";

    /// <summary>The answer to text that is no principal, naming the forms that are.</summary>
    public static string NotAPrincipal(string? text) =>
        $"'{text}' is not a principal: use aad:<object id>, slack:<user id> or cli:<name>";
}
