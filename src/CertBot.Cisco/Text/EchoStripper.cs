namespace CertBot.Cisco.Text;

/// <summary>
/// Removes the PTY's echo of the command from the start of its output. The echo may be wrapped or carry
/// doubled spaces, so the comparison ignores whitespace; when the echo is not found the text is kept whole.
/// Whatever follows the echo on its own line is output, not echo: a node may print its first line right after
/// the echoed command without a line break, and dropping it would lose data (a CTL that reads as absent).
/// </summary>
public static class EchoStripper
{
    public static string Strip(string output, string command)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(command);
        var wanted = command.Where(c => !char.IsWhiteSpace(c)).ToArray();
        if (wanted.Length == 0)
        {
            return output.TrimStart('\n');
        }

        var matched = 0;
        var i = 0;
        while (i < output.Length && matched < wanted.Length)
        {
            var c = output[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c != wanted[matched])
            {
                return output;
            }

            matched++;
            i++;
        }

        if (matched < wanted.Length)
        {
            return output;
        }

        var lineEnd = output.IndexOf('\n', i);
        var rest = lineEnd < 0 ? output[i..] : output[i..lineEnd];
        if (rest.Trim().Length > 0)
        {
            return output[i..].TrimStart(' ', '\t');
        }

        return lineEnd < 0 ? "" : output[(lineEnd + 1)..];
    }
}
