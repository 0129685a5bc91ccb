namespace CertBot.Lab.Tests.Simulator;

/// <summary>Helpers to read simulator output as a client does: \r\n lines, prompt last.</summary>
public static class Output
{
    /// <summary>Lines between the echoed command and the prompt.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = text.Split("\r\n").ToList();
        if (lines.Count > 0)
        {
            lines.RemoveAt(0);  // the echo of the command
        }

        if (lines.Count > 0 && lines[^1].EndsWith(NodeConsole.Prompt, StringComparison.Ordinal))
        {
            // The prompt may follow ESC[K on the last output line instead of a line end.
            var rest = lines[^1][..^NodeConsole.Prompt.Length];
            rest = rest.EndsWith("\u001b[K", StringComparison.Ordinal) ? rest[..^3] : rest;
            if (rest.Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }
            else
            {
                lines[^1] = rest;
            }
        }

        return lines;
    }

    public static string Field(string text, string name) =>
        Lines(text).First(l => l.StartsWith(name, StringComparison.Ordinal))[name.Length..].Trim();
}
