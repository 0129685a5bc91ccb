namespace CertBot.Engine.Model;

/// <summary>What <c>show itl</c> / <c>show ctl</c> says about the trust list file (the adapter parses it from tokens, not layout).</summary>
/// <param name="Exists">True on any sign of a file; false for <c>Length of CTL file: 0</c> / <c>… not found</c> (see <see cref="Known"/>).</param>
/// <param name="Functions">The FUNCTION value of each record (<c>CCM+TFTP</c>, <c>TVS</c>, <c>ITLRecovery</c>, ...).</param>
/// <param name="Verified">True when the output ends with "… file was verified successfully".</param>
public sealed record TrustListSummary(bool Exists, long? Length, string? Md5, string? Sha1, int RecordCount,
    IReadOnlyList<string> Functions, bool Verified)
{
    /// <summary>False when the output shows neither a file nor the node's statement that there is none.</summary>
    public bool Known { get; init; }

    /// <summary>A file that exists and that the node verified: what phones need to trust the cluster.</summary>
    public bool Valid => Exists && Verified;

    /// <summary>Why the file is not valid, for a plan's blocker; null when it is.</summary>
    public string? Problem => Valid ? null
        : !Exists ? "no file (the node says it has none)"
        : $"the node did not verify it ({RecordCount} records, no \"verified successfully\")";
}
