using CertBot.Engine.Runs;

namespace CertBot.Cli.Commands;

/// <summary>
/// Who the command line may act as: <c>cli:&lt;name&gt;</c> only. Whoever runs the CLI can type any id, so accepting
/// <c>aad:</c> or <c>slack:</c> would let them approve as a chat approver, sidestep <c>AllowCliApprovals</c> and leave
/// "via the command line" out of the journal.
/// </summary>
internal static class CliPrincipal
{
    public const string Usage = "use cli:<name>";

    /// <summary>Why <paramref name="who"/> cannot act from the command line, or null when it can.</summary>
    public static string? Refuse(string who)
    {
        if (!Principal.TryParse(who, out var principal))
        {
            return $"'{who}' is not a principal: {Usage}";
        }

        return principal.IsCli
            ? null
            : $"'{who}' is a chat identity: the command line acts only as cli:<name> (approvals from Teams or Slack are made there)";
    }
}
