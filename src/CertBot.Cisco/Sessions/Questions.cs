using System.Text.RegularExpressions;

namespace CertBot.Cisco.Sessions;

/// <summary>
/// Recognises a line that waits for an answer, in every confirmation style the platform uses
/// (platform-cli.md §1.6, §9 rule 2): <c>(yes|no)?</c>, <c>(yes/no)?</c>, <c>(y/n)?</c>, <c>? (y/n):</c>,
/// <c>Enter "y" followed by return</c>, and input requests ending in <c>:</c> or <c>?</c> such as
/// <c>Paste the Certificate and Hit Enter</c>.
/// </summary>
public static partial class Questions
{
    public static bool IsConfirmation(string lastLine) => Confirmation().IsMatch(lastLine);

    /// <summary>Any line that ends the way a question or an input request ends.</summary>
    public static bool LooksLikeQuestion(string lastLine)
    {
        ArgumentNullException.ThrowIfNull(lastLine);
        var line = lastLine.TrimEnd();
        return line.Length > 0 && (IsConfirmation(line) || line.EndsWith('?') || line.EndsWith(':') || InputRequest().IsMatch(line));
    }

    [GeneratedRegex(@"\(\s*(?:yes\s*[|/]\s*no|y\s*/\s*n)\s*\)\s*[?:]?|enter\s+""?y""?\s+followed\s+by", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmation();

    [GeneratedRegex(@"paste\s+the\s+certificate|hit\s+enter|press\s+enter", RegexOptions.IgnoreCase)]
    private static partial Regex InputRequest();
}
