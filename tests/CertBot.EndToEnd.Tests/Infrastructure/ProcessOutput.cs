using System.Text;

namespace CertBot.EndToEnd.Tests.Infrastructure;

/// <summary>Collects a child process's stdout and stderr lines, safe to read while it runs.</summary>
public sealed class ProcessOutput
{
    private readonly StringBuilder text = new();

    public void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    public override string ToString()
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    /// <summary>The last lines, for failure messages.</summary>
    public string Tail(int lines = 40)
    {
        var all = ToString().Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }
}
