using System.Text.RegularExpressions;

namespace CertBot.Cisco.Sessions;

/// <summary>
/// Recognises a line that waits for an answer by the shapes the platform's questions take (platform-cli.md §1.6,
/// §9 rule 2): <c>(yes|no)?</c>, <c>(yes/no)?</c>, <c>(y/n)?</c>, <c>? (y/n):</c>, <c>Enter "y" followed by return</c>,
/// <c>Paste the Certificate and Hit Enter</c>, and input requests such as <c>Enter … :</c> or <c>Password:</c>.
/// A line that merely ends in <c>:</c> or <c>?</c> is not a question: long operations (<c>utils dbreplication</c>,
/// service restarts on slow nodes) print such lines and pause while they work.
/// </summary>
public static partial class Questions
{
    public static bool IsConfirmation(string lastLine) => Confirmation().IsMatch(lastLine);

    /// <summary>True when the line has the shape of one of the platform's questions or input requests.</summary>
    public static bool IsQuestion(string lastLine)
    {
        ArgumentNullException.ThrowIfNull(lastLine);
        var line = lastLine.Trim();
        return line.Length > 0 && (IsConfirmation(line) || InputRequest().IsMatch(line));
    }

    [GeneratedRegex(@"\(\s*(?:yes\s*[|/]\s*no|y\s*/\s*n)\s*\)\s*[?:]?|enter\s+""?y""?\s+followed\s+by", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmation();

    [GeneratedRegex(@"paste\s+the\s+certificate|hit\s+enter|press\s+enter|^(?:please\s+)?enter\b.*[:?]$|password\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex InputRequest();
}
