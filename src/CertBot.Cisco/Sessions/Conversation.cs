using System.Text;
using System.Text.RegularExpressions;
using CertBot.Cisco.Text;

namespace CertBot.Cisco.Sessions;

/// <summary>
/// The state of one command's exchange: everything received, which pager prompts were already answered, which
/// allow-listed questions were used, and the secrets to scrub from anything that leaves the session.
/// </summary>
internal sealed partial class Conversation(CliCommand command)
{
    /// <summary>Marks the end of the stream where a null would mean "quiet".</summary>
    public static readonly string EndOfStream = new('\0', 1);

    private readonly StringBuilder _raw = new();
    private readonly HashSet<PromptReply> _used = [];
    private readonly List<string> _secrets = [];
    private int _morePagersAnswered;
    private int _viewerPagersAnswered;
    private int _questionsFrom;

    /// <summary>Received text, cleaned, pager prompts removed.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The unfinished last line since the last answered question: where a question would sit.</summary>
    public string LastLine
    {
        get
        {
            var from = Math.Min(_questionsFrom, Text.Length);
            var newline = Text.LastIndexOf('\n');
            return newline >= from ? Text[(newline + 1)..] : Text[from..];
        }
    }

    public void Append(string chunk) => _raw.Append(chunk);

    /// <summary>
    /// Keys for pager prompts that appeared since the last call: space for "more", and <c>q</c> for the file viewer,
    /// which is quit at once rather than paged through: its <c>n</c> is a key no other screen may receive by mistake,
    /// and no command CertBot sends needs what the viewer shows.
    /// </summary>
    public IReadOnlyList<string> PagerKeysToSend()
    {
        var cleaned = CliText.Clean(_raw.ToString());
        var keys = new List<string>();
        var more = MorePager().Count(cleaned);
        for (; _morePagersAnswered < more; _morePagersAnswered++)
        {
            keys.Add(" ");
        }

        var viewers = FileViewer().Count(cleaned);
        for (; _viewerPagersAnswered < viewers; _viewerPagersAnswered++)
        {
            keys.Add("q");
        }

        Text = CliText.RemovePagerText(cleaned);
        return keys;
    }

    /// <summary>The allow-listed reply whose prompt is the whole of <paramref name="lastLine"/>, if any.</summary>
    public PromptReply? FindReply(string lastLine) =>
        command.Replies.FirstOrDefault(r => (r.Repeatable || !_used.Contains(r)) && r.Answers(lastLine));

    public void MarkAnswered(PromptReply reply)
    {
        _used.Add(reply);
        if (reply.IsSecret && reply.Answer.Length > 0)
        {
            _secrets.Add(reply.Answer);
        }

        _questionsFrom = Text.Length;
    }

    /// <summary>Replaces every secret that was typed (and possibly echoed) with asterisks.</summary>
    public string Scrub(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "********", StringComparison.Ordinal);
        }

        return text;
    }

    [GeneratedRegex(@"Press\s*<enter>\s*for\s*1\s*line,\s*<space>\s*for\s*one\s*page,\s*or\s*<q>\s*to\s*quit", RegexOptions.IgnoreCase)]
    private static partial Regex MorePager();

    [GeneratedRegex(@"options:\s*q=quit,\s*n=next,\s*p=prev,\s*b=begin,\s*e=end\s*\(lines\s*\d+\s*-\s*\d+\s*of\s*\d+\)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FileViewer();
}
