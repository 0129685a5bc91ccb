namespace CertBot.Cisco.Sessions;

/// <summary>
/// Whole-line replies to the generic confirmation styles of platform-cli.md §1.6 for commands whose exact wording
/// is not documented: <c>yes</c> to <c>(yes|no)?</c> and <c>(yes/no)?</c>, <c>y</c> to <c>(y/n)?</c> and <c>? (y/n):</c>.
/// </summary>
public static class Confirmations
{
    public static readonly PromptReply YesNo = PromptReply.For(@".*\(\s*yes\s*[|/]\s*no\s*\)\s*[?:]?", "yes");

    public static readonly PromptReply YN = PromptReply.For(@".*\(\s*y\s*/\s*n\s*\)\s*[?:]?", "y");
}
