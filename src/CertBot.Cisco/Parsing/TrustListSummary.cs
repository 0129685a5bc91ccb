namespace CertBot.Cisco.Parsing;

/// <summary>What <c>show itl</c> / <c>show ctl</c> says about the trust list file, parsed from tokens, not layout.</summary>
/// <param name="Exists">True on any sign of a file; false for <c>Length of CTL file: 0</c> / <c>… not found</c> (see <see cref="Known"/>).</param>
/// <param name="Functions">The FUNCTION value of each record (<c>CCM+TFTP</c>, <c>TVS</c>, <c>ITLRecovery</c>, ...).</param>
/// <param name="Verified">True when the output ends with "… file was verified successfully".</param>
public sealed record TrustListSummary(bool Exists, long? Length, string? Md5, string? Sha1, int RecordCount,
    IReadOnlyList<string> Functions, bool Verified)
{
    /// <summary>False when the output shows neither a file nor the node's statement that there is none.</summary>
    public bool Known { get; init; }
}
