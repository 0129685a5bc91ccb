using System.Text.RegularExpressions;
using CertBot.Cisco.Text;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// The positive success messages of state-changing commands (platform-cli.md §2.3, §2.4). Case-insensitive,
/// whitespace-tolerant, optional period: both capitalisations and the doubled space seen on devices match.
/// Success is only ever decided by one of these <em>and</em> the absence of a failure marker.
/// </summary>
public static class SuccessTokens
{
    public static bool Regenerated(string output, string unit) =>
        Has(output, $@"successfully\s+regenerated\s+certificate\s+for\s+{Regex.Escape(unit)}(?![A-Za-z0-9_-])");

    public static bool ImportedCertificate(string output, string unit) =>
        Has(output, $@"successfully\s+imported\s+certificate\s+for\s+{Regex.Escape(unit)}(?![A-Za-z0-9_-])");

    public static bool GeneratedCsr(string output, string unit) =>
        Has(output, $@"successfully\s+generated\s+csr\s+for\s+{Regex.Escape(unit)}(?![A-Za-z0-9_-])");

    /// <summary>The delete wording is not documented; any "deleted … successfully"/"successfully deleted" form counts.</summary>
    public static bool Deleted(string output) =>
        Has(output, @"successfully\s+deleted|deleted\s+successfully|(?:file|certificate)\s+deleted");

    public static bool BulkSftpConfigured(string output) =>
        Has(output, @"successfully\s+(?:configured|updated|saved|set)|(?:configured|updated|saved)\s+successfully");

    private static bool Has(string output, string pattern) =>
        Regex.IsMatch(CliText.Clean(output), pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
