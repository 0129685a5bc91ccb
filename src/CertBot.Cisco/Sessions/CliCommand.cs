namespace CertBot.Cisco.Sessions;

/// <summary>A command line to send, how long it may take, and which questions it may answer.</summary>
/// <param name="ReadOnly">Changes nothing on the node, so it may be retried on a fresh login after a dropped session.</param>
public sealed record CliCommand(string Text, TimeSpan Timeout, IReadOnlyList<PromptReply> Replies, bool ReadOnly)
{
    public static CliCommand Read(string text, TimeSpan timeout) => new(text, timeout, [], true);

    public static CliCommand Change(string text, TimeSpan timeout, params PromptReply[] replies) => new(text, timeout, replies, false);
}
