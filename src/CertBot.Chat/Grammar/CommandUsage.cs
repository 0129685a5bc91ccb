namespace CertBot.Chat.Grammar;

/// <summary>The usage line of every command, as <c>help</c> lists them and refusals quote them.</summary>
public static class CommandUsage
{
    public const string Help = "`help`";
    public const string Clusters = "`clusters`";
    public const string Certs = "`certs <cluster> [expiring <days>]`";
    public const string ShowNode = "`show all for <node>`";
    public const string CheckIpsec = "`check ipsec <cluster>`";
    public const string Regenerate = "`regenerate <unit> on <cluster>`";
    public const string Renew = "`renew <unit> on <cluster> [single-node|multi-server]`";
    public const string Provide = "`certificate <run>` followed by the signed certificate and its chain (PEM), or with the file attached";
    public const string PurgeExpiredTrust = "`purge expired trust on <cluster>`";
    public const string Exchange = "`exchange certificates from <source> to <destination>`";
    public const string Status = "`status [<run>]`";
    public const string Show = "`show <run>`";
    public const string Runs = "`runs`";
    public const string Cancel = "`cancel <run>`";
    public const string Approve = "`approve <run>`";
    public const string Reject = "`reject <run> [comment]`";
    public const string Watch = "`watch <cluster> here`";
    public const string Refresh = "`refresh <cluster>`";

    /// <summary>Every usage line, in the order <c>help</c> shows them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Help, Clusters, Certs, ShowNode, CheckIpsec, Regenerate, Renew, Provide, PurgeExpiredTrust, Exchange, Status, Show, Runs, Cancel, Approve, Reject, Watch, Refresh,
    ];

    /// <summary>The short line quoted when the command itself was not recognised.</summary>
    public const string Summary =
        "`help`, `clusters`, `certs`, `show all for <node>`, `check ipsec`, `regenerate`, `renew`, `certificate <run>`, `purge expired trust`, `exchange certificates`, "
        + "`status`, `show`, `runs`, `cancel`, `approve`, `reject`, `watch`, `refresh`";
}
